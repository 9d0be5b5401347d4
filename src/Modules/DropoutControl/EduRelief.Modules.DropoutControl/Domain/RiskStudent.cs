namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>The student a risk score is about, as the Registry knows them on the day it is scored.</summary>
internal sealed record RiskStudent(Guid Id, string NationalId, string Name, string TownshipCode, string SchoolCode, int Grade, int? Age);
