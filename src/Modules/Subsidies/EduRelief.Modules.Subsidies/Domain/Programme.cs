using EduRelief.Contracts.Subsidies;

namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>An aid programme of the policy catalogue; who is eligible is its <see cref="EligibilityRule"/>.</summary>
internal sealed class Programme
{
    public ProgrammeCode Code { get; init; }

    public required string Name { get; init; }

    public Delivery Delivery { get; init; }

    public List<ProgrammeRate> Rates { get; init; } = [];

    /// <summary>The rate in force for a term: the newest that took effect on or before the term starts.</summary>
    public ProgrammeRate? RateFor(DateOnly termStartsOn) =>
        Rates.Where(r => r.EffectiveFrom <= termStartsOn).MaxBy(r => r.EffectiveFrom);
}
