namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>The student a case is about, as the Registry knows them when it is opened; the birth date is read from the national ID.</summary>
internal sealed record CaseStudent(Guid Id, string NationalId, string Name, string TownshipCode, string SchoolCode, DateOnly BirthDate);
