using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Contracts.Registry;

public sealed record StudentDto
{
    public required Guid Id { get; init; }

    public required string NationalId { get; init; }

    public required string Name { get; init; }

    /// <summary>
    /// Left out (null) for a caller who may not see full national IDs: digits 7–14 of the ID are the birth date, so
    /// with it a masked ID is rebuilt. Such a caller gets <see cref="Age"/> instead.
    /// </summary>
    public required DateOnly? BirthDate { get; init; }

    /// <summary>
    /// Whole years (周岁) on 31 August before the school year under way (the enrolment cut-off, in the county's
    /// calendar), so it never changes on the birthday; filled where data meets a person (null between modules).
    /// </summary>
    public int? Age { get; init; }

    public required Sex Sex { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public required Stage Stage { get; init; }

    public required SchoolLocation SchoolLocation { get; init; }

    public required int Grade { get; init; }

    public required bool Boarding { get; init; }

    public string? HouseholdId { get; init; }

    public required IReadOnlyList<HardshipCategory> Categories { get; init; }

    public required bool LeftBehind { get; init; }

    public DisabilityDto? Disability { get; init; }

    /// <summary>On a single student's read; null in lists.</summary>
    public GuardianDto? Guardian { get; init; }

    /// <summary>On a single student's read; null in lists.</summary>
    public PaymentAccountDto? Account { get; init; }

    public required StudentStatus Status { get; init; }

    public required DateOnly EnrolledOn { get; init; }

    /// <summary>Increases with every change; send it back on PATCH to refuse a stale update.</summary>
    public required int Version { get; init; }
}
