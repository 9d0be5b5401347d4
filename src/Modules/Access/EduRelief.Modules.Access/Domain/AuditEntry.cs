using EduRelief.SharedKernel.Auditing;

namespace EduRelief.Modules.Access.Domain;

/// <summary>One line of the append-only audit log. Nothing updates or deletes it.</summary>
internal sealed class AuditEntry
{
    public long Id { get; init; }

    public required string UserName { get; init; }

    public DateTime AtUtc { get; init; }

    public required string Module { get; init; }

    public required string Action { get; init; }

    public required string Records { get; init; }

    public AuditOutcome Outcome { get; init; }

    public string? Detail { get; init; }
}
