using EduRelief.SharedKernel.Errors;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>
/// A month's allowance roll (生活补助发放表): one line per teacher in post at a rural or remote school on the month's
/// first day. Recomputed while <see cref="AllowanceRollStatus.Computed"/>; approved, it is fixed and counts as paid.
/// </summary>
internal sealed class AllowanceRoll
{
    /// <summary>The month as <see cref="RollMonth.Key"/> (202603): one roll per month.</summary>
    public int Month { get; init; }

    public AllowanceRollStatus Status { get; private set; }

    public int Teachers { get; private set; }

    public decimal Total { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    public required string ComputedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public int Version { get; private set; }

    public bool IsApproved => Status == AllowanceRollStatus.Approved;

    public static AllowanceRoll Start(RollMonth month, string by, DateTimeOffset now) =>
        new() { Month = month.Key, Status = AllowanceRollStatus.Computed, ComputedBy = by, ComputedAt = now };

    /// <summary>Takes the recomputed totals; false (and nothing changed) when they are what the roll already says.</summary>
    public bool Counted(int teachers, decimal total, bool linesChanged, string by, DateTimeOffset now)
    {
        if (IsApproved)
        {
            throw new ConflictException("month", TeacherText.RollApproved(RollMonth.FromKey(Month)));
        }

        if (!linesChanged && teachers == Teachers && total == Total)
        {
            return false;
        }

        (Teachers, Total, ComputedBy, ComputedAt) = (teachers, total, by, now);
        Version++;
        return true;
    }

    public void Approve(string by, DateTimeOffset now)
    {
        if (IsApproved)
        {
            throw new ConflictException("month", TeacherText.RollApproved(RollMonth.FromKey(Month)));
        }

        (Status, ApprovedBy, ApprovedAt) = (AllowanceRollStatus.Approved, by, now);
        Version++;
    }
}
