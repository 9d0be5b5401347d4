using EduRelief.Contracts.Registry;

namespace EduRelief.Host.Demo.County;

/// <summary>A student as the roster lists them: <see cref="EnrolledOn"/> is the day their school record (学籍) began.</summary>
internal sealed record PlannedStudent(
    string NationalId,
    string Name,
    DateOnly BirthDate,
    bool Male,
    PlannedSchool School,
    string VillageCode,
    int Grade,
    bool Boarding,
    string? HouseholdId,
    HardshipCategory? Category,
    bool LeftBehind,
    DateOnly EnrolledOn,
    PlannedGuardian Guardian,
    StudentGroup Group)
{
    public DisabilityCategory? Disability { get; set; }

    public int? DisabilityGrade { get; set; }

    public bool Poor => Category is not null;
}
