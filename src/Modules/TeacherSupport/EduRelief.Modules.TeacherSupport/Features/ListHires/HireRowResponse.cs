namespace EduRelief.Modules.TeacherSupport.Features.ListHires;

/// <summary>One hire, the record behind teachersRecruited (and ruralTeachersRecruited when <c>rural</c>).</summary>
internal sealed record HireRowResponse(Guid TeacherId, string NationalId, string Name, string SchoolCode, string TownshipCode, string CampaignCode, DateOnly HiredOn, bool Rural);
