using EduRelief.Contracts.Subsidies;

namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>Amounts per term from a date on; a change is a new rate, so past batches keep the rate they used.</summary>
internal sealed class ProgrammeRate
{
    public long Id { get; init; }

    public ProgrammeCode Programme { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public required string SetBy { get; init; }

    public List<RateLine> Lines { get; init; } = [];
}
