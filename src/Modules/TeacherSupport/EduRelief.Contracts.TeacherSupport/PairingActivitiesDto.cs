namespace EduRelief.Contracts.TeacherSupport;

public sealed record PairingActivitiesDto(Guid PairingId, string UrbanSchoolCode, string RuralSchoolCode, int Activities);
