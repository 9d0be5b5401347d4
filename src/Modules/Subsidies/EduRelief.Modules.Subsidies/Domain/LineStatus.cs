namespace EduRelief.Modules.Subsidies.Domain;

internal enum LineStatus
{
    /// <summary>In the draft, to be paid when approved.</summary>
    Pending,

    /// <summary>Taken out by staff, with a reason.</summary>
    Excluded,

    /// <summary>The registry reported a change to the student since the draft was computed.</summary>
    NeedsReview,

    /// <summary>Approved; waiting for the bank.</summary>
    Approved,

    Paid,

    /// <summary>The bank could not pay; the student may go into a later batch.</summary>
    Failed,

    /// <summary>
    /// Held back at approval: the Registry has no account to pay into. Not awarded, not in the bank file; once an
    /// account is recorded the student goes into a later batch.
    /// </summary>
    NeedsAccount,
}
