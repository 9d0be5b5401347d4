using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Modules.Registry.Domain;

/// <summary>A student: the head of the student file (一生一档). One per national ID.</summary>
internal sealed class Student
{
    public Guid Id { get; init; }

    public required string NationalId { get; init; }

    /// <summary>
    /// The student's place in every list and stream, drawn at random at registration: ordered by national ID, a
    /// masked list would give away each child's birth date by its neighbours (ADR 10).
    /// </summary>
    public long ListKey { get; init; }

    public required string Name { get; set; }

    public DateOnly BirthDate { get; init; }

    public Sex Sex { get; init; }

    public Guid SchoolId { get; set; }

    public School? School { get; set; }

    public int Grade { get; set; }

    public bool Boarding { get; set; }

    public string? HouseholdId { get; set; }

    /// <summary>The categories active now, one bit per <see cref="HardshipCategory"/>; periods keep the history.</summary>
    public int CategoryMask { get; set; }

    public bool LeftBehind { get; set; }

    public DisabilityCategory? DisabilityCategory { get; set; }

    public int? DisabilityGrade { get; set; }

    public string? GuardianName { get; set; }

    public string? GuardianRelation { get; set; }

    public string? GuardianNationalId { get; set; }

    public string? GuardianPhone { get; set; }

    public string? AccountHolder { get; set; }

    public string? AccountBank { get; set; }

    public string? AccountNumber { get; set; }

    public StudentStatus Status { get; set; }

    public DateOnly EnrolledOn { get; init; }

    public int Version { get; set; }

    public required string RegisteredBy { get; init; }

    public DateTimeOffset RegisteredAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<StudentCategoryPeriod> CategoryPeriods { get; init; } = [];

    /// <summary>The change history, for queries over it; changes are added through the context, never through this list.</summary>
    public List<StudentChange> Changes { get; init; } = [];

    public IReadOnlyList<HardshipCategory> Categories => CategoryMasks.ToList(CategoryMask);

    public Guardian? Guardian
    {
        get => GuardianName is null ? null : new Guardian(GuardianName, GuardianRelation, GuardianNationalId, GuardianPhone);
        set => (GuardianName, GuardianRelation, GuardianNationalId, GuardianPhone) = (value?.Name, value?.Relation, value?.NationalId, value?.Phone);
    }

    public PaymentAccount? Account
    {
        get => AccountNumber is null ? null : new PaymentAccount(AccountHolder!, AccountBank!, AccountNumber);
        set => (AccountHolder, AccountBank, AccountNumber) = (value?.Holder, value?.Bank, value?.Number);
    }

    /// <summary>Unique by the database; two students drawing the same of 2^64 keys is left to that index to refuse.</summary>
    public static long DrawListKey() => Random.Shared.NextInt64(long.MinValue, long.MaxValue);
}
