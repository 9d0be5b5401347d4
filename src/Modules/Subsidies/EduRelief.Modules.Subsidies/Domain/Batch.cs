using EduRelief.Contracts.Subsidies;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>
/// A term's payments of one programme, computed from the registry, approved by a second person, paid through the bank.
/// Its lines (up to the whole county) are read and written by query, never loaded with it: the batch decides whether
/// a change may happen, the handler then applies it to the lines in the same transaction.
/// </summary>
internal sealed class Batch
{
    private Batch()
    {
    }

    public Guid Id { get; init; }

    public ProgrammeCode Programme { get; init; }

    /// <summary><c>YYYY-1</c> or <c>YYYY-2</c>.</summary>
    public required string Term { get; init; }

    public int Year { get; init; }

    public BatchStatus Status { get; private set; }

    public long RateId { get; private set; }

    public required string CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ComputedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public int Version { get; private set; }

    public static Batch Draft(ProgrammeCode programme, Term term, long rateId, string createdBy, DateTimeOffset now, Guid id) => new()
    {
        Id = id,
        Programme = programme,
        Term = term.ToString(),
        Year = term.Year,
        Status = BatchStatus.Draft,
        RateId = rateId,
        CreatedBy = createdBy,
        CreatedAt = now,
        ComputedAt = now,
    };

    /// <summary>Computed again from the registry, at the rate in force now.</summary>
    public void Recomputed(long rateId, DateTimeOffset now)
    {
        EnsureDraft(new UserText("重算", "rebuilt"));
        RateId = rateId;
        ComputedAt = now;
        Version++;
    }

    /// <summary>Staff took a student out of the draft.</summary>
    public void StudentExcluded()
    {
        EnsureDraft(new UserText("修改", "changed"));
        Version++;
    }

    /// <summary>
    /// A second person approves the draft. Aid given in kind is delivered at approval, so nothing is left for the
    /// bank to report and the batch is reconciled at once.
    /// </summary>
    public void Approve(string approver, bool inKind, DateTimeOffset now)
    {
        EnsureDraft(new UserText("审批", "approved"));
        FourEyes.EnsureApproverIsNotCreator(CreatedBy, approver);
        Status = inKind ? BatchStatus.Reconciled : BatchStatus.Approved;
        ApprovedBy = approver;
        ApprovedAt = now;
        Version++;
    }

    public void EnsureReconcilable()
    {
        if (Status == BatchStatus.Draft)
        {
            throw new ConflictException("status", new UserText("该批次尚未审批，没有可对账的明细", "the batch is not approved yet; there is nothing to reconcile"));
        }
    }

    /// <param name="reconciled">Lines the bank's file settled now (paid or failed); 0 when the same file came again.</param>
    /// <param name="anyApprovedLeft">Whether some approved line still waits for the bank.</param>
    public void LinesReconciled(int reconciled, bool anyApprovedLeft)
    {
        EnsureReconcilable();
        if (reconciled == 0)
        {
            return;
        }

        if (!anyApprovedLeft)
        {
            Status = BatchStatus.Reconciled;
        }

        Version++;
    }

    /// <param name="action">What the caller asked to do, as the refusal says it: "重算"/"rebuilt".</param>
    private void EnsureDraft(UserText action)
    {
        if (Status != BatchStatus.Draft)
        {
            throw new ConflictException("status", new UserText(
                $"该批次为{StatusNames.Chinese(Status)}状态；只有草稿批次才能{action.Chinese}",
                $"the batch is {Status}; only a draft can be {action.English}"));
        }
    }
}
