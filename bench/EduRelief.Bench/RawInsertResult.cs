namespace EduRelief.Bench;

/// <summary>How long the raw insert's SQLite work took, and the connection settings it ran with.</summary>
internal sealed record RawInsertResult(PhaseTime Time, string Pragmas);
