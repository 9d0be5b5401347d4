namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// One measure of a case's individual return plan (一人一策): what is to be done, who answers for it, planned on a day
/// and due by another, and once done, when, by whom and with what note. Its id names the referral in the receiving module.
/// </summary>
internal sealed class ReturnMeasure
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public MeasureKind Kind { get; init; }

    public AidReview? AidReview { get; init; }

    public required string Description { get; init; }

    public required string Responsible { get; init; }

    public DateOnly PlannedOn { get; init; }

    public DateOnly DueOn { get; init; }

    public DateOnly? DoneOn { get; private set; }

    public string? DoneBy { get; private set; }

    public string? DoneNote { get; private set; }

    public bool Done => DoneOn is not null;

    /// <summary>Not done by its due date.</summary>
    public bool OverdueOn(DateOnly today) => !Done && DueOn < today;

    /// <summary>Whether the measure goes to another module through its contract.</summary>
    public bool IsReferral => Kind is MeasureKind.AidReferral or MeasureKind.VocationalRoute or MeasureKind.HomeDeliveredTeaching;

    public void Complete(DateOnly on, string by, string? note) => (DoneOn, DoneBy, DoneNote) = (on, by, note);
}
