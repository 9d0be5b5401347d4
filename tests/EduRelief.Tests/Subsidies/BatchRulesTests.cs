using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Subsidies.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Tests.Subsidies;

/// <summary>A batch's life: drafted, recomputed and changed while a draft, approved by a second person, reconciled.</summary>
public sealed class BatchRulesTests
{
    private static readonly DateTimeOffset Created = new(2025, 8, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Created.AddHours(3);

    [Fact]
    public void A_new_batch_is_a_draft_of_its_term_computed_when_created()
    {
        var id = Guid.NewGuid();
        var batch = Batch.Draft(ProgrammeCode.LivingSubsidy, new Term(2025, Semester.Autumn), 7, "li.ming", Created, id);

        Assert.Equal(id, batch.Id);
        Assert.Equal(BatchStatus.Draft, batch.Status);
        Assert.Equal("2025-2", batch.Term);
        Assert.Equal(2025, batch.Year);
        Assert.Equal(7, batch.RateId);
        Assert.Equal("li.ming", batch.CreatedBy);
        Assert.Equal(Created, batch.CreatedAt);
        Assert.Equal(Created, batch.ComputedAt);
        Assert.Null(batch.ApprovedBy);
        Assert.Null(batch.ApprovedAt);
        Assert.Equal(0, batch.Version);
    }

    [Theory]
    [InlineData("li.ming")]
    [InlineData("LI.MING")]
    public void Its_creator_may_not_approve_it(string approver)
    {
        using var english = UserLanguage.Use(true);
        var batch = Draft();

        var refused = Assert.Throws<ForbiddenException>(() => batch.Approve(approver, inKind: false, Later));

        Assert.Equal("approval must be given by someone other than the creator (four-eyes rule)", refused.Message);
        Assert.Equal(BatchStatus.Draft, batch.Status);
        Assert.Equal(0, batch.Version);
    }

    [Fact]
    public void A_second_person_approves_it_and_is_recorded()
    {
        var batch = Draft();

        batch.Approve("wang.fang", inKind: false, Later);

        Assert.Equal(BatchStatus.Approved, batch.Status);
        Assert.Equal("wang.fang", batch.ApprovedBy);
        Assert.Equal(Later, batch.ApprovedAt);
        Assert.Equal(1, batch.Version);
    }

    [Fact]
    public void Aid_in_kind_is_reconciled_at_approval()
    {
        var batch = Draft();

        batch.Approve("wang.fang", inKind: true, Later);

        Assert.Equal(BatchStatus.Reconciled, batch.Status);
        Assert.Equal(1, batch.Version);
    }

    [Fact]
    public void An_approved_batch_is_not_approved_again()
    {
        var batch = Approved();

        using (UserLanguage.Use(true))
        {
            var refused = Assert.Throws<ConflictException>(() => batch.Approve("zhao.lei", inKind: false, Later.AddHours(1)));
            Assert.Equal("status", refused.Field);
            Assert.Equal("the batch is Approved; only a draft can be approved", refused.Message);
        }

        var inChinese = Assert.Throws<ConflictException>(() => batch.Approve("zhao.lei", inKind: false, Later.AddHours(1)));
        Assert.Equal("该批次为已审批状态；只有草稿批次才能审批", inChinese.Message);
        Assert.Equal("wang.fang", batch.ApprovedBy);
        Assert.Equal(1, batch.Version);
    }

    [Fact]
    public void A_draft_is_recomputed_at_the_rate_in_force()
    {
        var batch = Draft();

        batch.Recomputed(8, Later);

        Assert.Equal(8, batch.RateId);
        Assert.Equal(Later, batch.ComputedAt);
        Assert.Equal(Created, batch.CreatedAt);
        Assert.Equal(1, batch.Version);
        Assert.Equal(BatchStatus.Draft, batch.Status);
    }

    [Fact]
    public void An_approved_batch_is_not_rebuilt()
    {
        using var english = UserLanguage.Use(true);
        var batch = Approved();

        var refused = Assert.Throws<ConflictException>(() => batch.Recomputed(8, Later.AddHours(1)));

        Assert.Equal("the batch is Approved; only a draft can be rebuilt", refused.Message);
        Assert.Equal(7, batch.RateId);
        Assert.Equal(Created, batch.ComputedAt);
        Assert.Equal(1, batch.Version);
    }

    [Fact]
    public void Students_are_excluded_from_drafts_only()
    {
        using var english = UserLanguage.Use(true);
        var batch = Draft();

        batch.StudentExcluded();
        batch.StudentExcluded();
        Assert.Equal(2, batch.Version);

        batch.Approve("wang.fang", inKind: true, Later);
        var refused = Assert.Throws<ConflictException>(batch.StudentExcluded);
        Assert.Equal("the batch is Reconciled; only a draft can be changed", refused.Message);
        Assert.Equal(3, batch.Version);
    }

    [Fact]
    public void Every_change_counts_one_version()
    {
        var batch = Draft();

        batch.StudentExcluded();
        batch.Recomputed(8, Later);
        batch.Approve("wang.fang", inKind: false, Later);
        batch.LinesReconciled(10, anyApprovedLeft: false);

        Assert.Equal(4, batch.Version);
    }

    [Fact]
    public void A_draft_has_nothing_to_reconcile()
    {
        using var english = UserLanguage.Use(true);
        var batch = Draft();

        var refused = Assert.Throws<ConflictException>(() => batch.LinesReconciled(1, anyApprovedLeft: false));

        Assert.Equal("status", refused.Field);
        Assert.Equal("the batch is not approved yet; there is nothing to reconcile", refused.Message);
        Assert.Equal(BatchStatus.Draft, batch.Status);
    }

    [Fact]
    public void The_batch_stays_approved_while_lines_wait_for_the_bank()
    {
        var batch = Approved();

        batch.LinesReconciled(40, anyApprovedLeft: true);

        Assert.Equal(BatchStatus.Approved, batch.Status);
        Assert.Equal(2, batch.Version);
    }

    [Fact]
    public void The_batch_is_reconciled_when_no_approved_line_is_left()
    {
        var batch = Approved();

        batch.LinesReconciled(40, anyApprovedLeft: true);
        batch.LinesReconciled(60, anyApprovedLeft: false);

        Assert.Equal(BatchStatus.Reconciled, batch.Status);
        Assert.Equal(3, batch.Version);
    }

    [Fact]
    public void The_same_bank_file_again_changes_nothing()
    {
        var batch = Approved();
        batch.LinesReconciled(100, anyApprovedLeft: false);

        batch.LinesReconciled(0, anyApprovedLeft: false);

        Assert.Equal(BatchStatus.Reconciled, batch.Status);
        Assert.Equal(2, batch.Version);
    }

    private static Batch Draft() => Batch.Draft(ProgrammeCode.LivingSubsidy, new Term(2025, Semester.Autumn), 7, "li.ming", Created, Guid.NewGuid());

    private static Batch Approved()
    {
        var batch = Draft();
        batch.Approve("wang.fang", inKind: false, Later);
        return batch;
    }
}
