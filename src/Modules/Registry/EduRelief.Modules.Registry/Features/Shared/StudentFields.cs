namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary>A student as a client typed it, before any check: from the JSON body or from one roster row.</summary>
internal sealed record StudentFields
{
    public string? NationalId { get; init; }

    public string? Name { get; init; }

    public string? SchoolCode { get; init; }

    public int? Grade { get; init; }

    public bool? Boarding { get; init; }

    public string? HouseholdId { get; init; }

    public IReadOnlyList<string>? Categories { get; init; }

    public bool? LeftBehind { get; init; }

    public string? DisabilityCategory { get; init; }

    public int? DisabilityGrade { get; init; }

    public DateOnly? EnrolledOn { get; init; }

    public string? GuardianName { get; init; }

    public string? GuardianRelation { get; init; }

    public string? GuardianNationalId { get; init; }

    public string? GuardianPhone { get; init; }

    public string? AccountHolder { get; init; }

    public string? AccountBank { get; init; }

    public string? AccountNumber { get; init; }

    /// <summary>Optional: when given it must match the birth date inside the national ID.</summary>
    public DateOnly? BirthDate { get; init; }
}
