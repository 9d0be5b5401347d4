using EduRelief.Modules.TeacherSupport.Domain;

namespace EduRelief.Modules.TeacherSupport.Features.Shared;

/// <summary>A teacher as sent, checked for shape.</summary>
internal sealed record TeacherDetails(string NationalId, string Name, string Subject, string? Title, DateOnly HiredOn, Staffing Staffing, bool SpecialPost);
