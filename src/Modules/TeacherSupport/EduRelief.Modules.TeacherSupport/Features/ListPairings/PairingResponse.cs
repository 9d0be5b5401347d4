namespace EduRelief.Modules.TeacherSupport.Features.ListPairings;

/// <summary>A pair of schools with how many activities and teacher exchanges it has had.</summary>
internal sealed record PairingResponse(Guid Id, string UrbanSchoolCode, string UrbanTownshipCode, string RuralSchoolCode, string RuralTownshipCode, DateOnly Since, int Activities, int Exchanges);
