using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Registry.Domain;

/// <summary>
/// A span of time in which a student held a hardship category, with where it came from. "Active at any time in
/// year Y" is answered from these periods; an open period has no end.
/// </summary>
internal sealed class StudentCategoryPeriod
{
    public long Id { get; init; }

    public Guid StudentId { get; init; }

    public HardshipCategory Category { get; init; }

    public DateOnly StartedOn { get; init; }

    public required string StartSource { get; init; }

    public DateOnly? EndedOn { get; private set; }

    public string? EndSource { get; private set; }

    public bool IsOpen => EndedOn is null;

    public void End(DateOnly endedOn, string source)
    {
        EndedOn = endedOn < StartedOn ? StartedOn : endedOn;
        EndSource = source;
    }
}
