using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Registry.Domain;

/// <summary>
/// A household's standing in one hardship category as the poverty data platform last reported it
/// (建档立卡 / 低保 / 特困 …): Active from a date, or Exited on a date.
/// </summary>
internal sealed class HouseholdCategory
{
    public required string HouseholdId { get; init; }

    public HardshipCategory Category { get; init; }

    public HouseholdStatus Status { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
