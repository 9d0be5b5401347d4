namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>The person answering for a case in one role from <see cref="From"/>; a reassignment ends the period the day before the new one starts.</summary>
internal sealed class CaseOwner
{
    public long Id { get; init; }

    public Guid CaseId { get; init; }

    public OwnerRole Role { get; init; }

    public required string Name { get; init; }

    public DateOnly From { get; init; }

    /// <summary>The last day in the role; null while it is the current owner.</summary>
    public DateOnly? To { get; private set; }

    public bool Current => To is null;

    public void EndOn(DateOnly day) => To = day;
}
