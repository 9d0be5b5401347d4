namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>政策进万家 — a policy-outreach activity held in a township.</summary>
internal sealed class OutreachActivity
{
    public long Id { get; init; }

    public DateOnly Date { get; init; }

    public required string TownshipCode { get; init; }

    public required string Kind { get; init; }

    public int Participants { get; init; }

    public int Materials { get; init; }

    public required string RecordedBy { get; init; }
}
