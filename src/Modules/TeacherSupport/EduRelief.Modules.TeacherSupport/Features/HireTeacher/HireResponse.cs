using EduRelief.Modules.TeacherSupport.Features.ListTeachers;

namespace EduRelief.Modules.TeacherSupport.Features.HireTeacher;

/// <summary>The hire: the campaign, the post's seat it filled, whether it counts toward the rural plan, and the teacher it created.</summary>
internal sealed record HireResponse(string CampaignCode, int Seat, bool Rural, TeacherResponse Teacher);
