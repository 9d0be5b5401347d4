namespace EduRelief.Modules.TeacherSupport.Features.GetTitlePreference;

/// <summary>A teacher eligible for the rural title-evaluation preference, with the years of rural service and the honour reached (10, 20 or 30 years).</summary>
internal sealed record PreferredTeacherResponse(Guid TeacherId, string NationalId, string Name, string SchoolCode, string TownshipCode, string? Title, int RuralYears, int Honour);
