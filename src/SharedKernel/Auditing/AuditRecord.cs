namespace EduRelief.SharedKernel.Auditing;

/// <summary>Who did what to which records, when, and how it ended.</summary>
public sealed record AuditRecord(
    string UserName,
    DateTimeOffset At,
    string Module,
    string Action,
    string Records,
    AuditOutcome Outcome,
    string? Detail);
