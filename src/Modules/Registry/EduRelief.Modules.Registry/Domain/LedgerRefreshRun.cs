namespace EduRelief.Modules.Registry.Domain;

/// <summary>What one run of the ledger refresh did.</summary>
internal sealed class LedgerRefreshRun
{
    public long Id { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset FinishedAt { get; init; }

    public required string Report { get; init; }
}
