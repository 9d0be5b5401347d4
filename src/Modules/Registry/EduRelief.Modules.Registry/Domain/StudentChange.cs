namespace EduRelief.Modules.Registry.Domain;

/// <summary>One change to a student's record (动态管理): which field, from what to what, effective when, and why.</summary>
internal sealed class StudentChange
{
    /// <summary>The <see cref="Field"/> of a change of status, whose values are <see cref="EduRelief.Contracts.Registry.StudentStatus"/> names.</summary>
    public const string StatusField = "status";

    public long Id { get; init; }

    public Guid StudentId { get; init; }

    public required string Field { get; init; }

    public string? OldValue { get; init; }

    public string? NewValue { get; init; }

    public DateOnly EffectiveOn { get; init; }

    /// <summary>Manual entry by whom, which roster import, which household list, which refresh.</summary>
    public required string Source { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
