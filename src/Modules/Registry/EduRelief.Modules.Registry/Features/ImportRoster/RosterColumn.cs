namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>A column of the national student-aid system's roster export.</summary>
internal enum RosterColumn
{
    NationalId,
    Name,
    SchoolCode,
    Grade,
    Boarding,
    HouseholdId,
    Categories,
    LeftBehind,
    DisabilityCategory,
    DisabilityGrade,
    EnrolledOn,
    GuardianName,
    GuardianRelation,
    GuardianNationalId,
    GuardianPhone,
    AccountHolder,
    Bank,
    AccountNumber,
}
