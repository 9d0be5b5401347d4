namespace EduRelief.Bench;

/// <summary>One generated roster row, with the values both the CSV and the raw insert are made from.</summary>
internal readonly record struct SyntheticStudent(
    string NationalId,
    string Name,
    DateOnly BirthDate,
    int Sex,
    string SchoolCode,
    int Grade,
    bool Boarding,
    string? HouseholdId,
    string? Category,
    int CategoryMask,
    bool LeftBehind,
    string? DisabilityCategory,
    int? DisabilityGrade,
    DateOnly EnrolledOn);
