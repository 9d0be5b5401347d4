using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.SharedKernel.Errors;

namespace EduRelief.Tests.DropoutControl;

/// <summary>The return plan's days: planned from detection to today, due no earlier than planned, done from planning to today, once, on an open case.</summary>
public sealed class ReturnPlanTests
{
    private static readonly DateOnly Detected = new(2026, 3, 2);
    private static readonly DateOnly Today = new(2026, 4, 30);

    [Fact]
    public void A_measure_is_due_on_or_after_the_day_it_was_planned_and_each_is_a_step()
    {
        var kase = Case();

        var measure = kase.PlanMeasure(Guid.NewGuid(), Draft(planned: Detected, due: Detected), Today);

        Assert.Equal(Detected, measure.DueOn);
        Assert.False(measure.OverdueOn(Detected));
        Assert.True(measure.OverdueOn(Detected.AddDays(1)));
        Assert.Equal("DropoutPlanMeasure", kase.Steps[^1].Kind);
        Assert.Equal(Detected, kase.Steps[^1].On);
        Assert.Equal("dueOn", Field(() => kase.PlanMeasure(Guid.NewGuid(), Draft(planned: Detected.AddDays(5), due: Detected.AddDays(4)), Today)));
        Assert.Equal("plannedOn", Field(() => kase.PlanMeasure(Guid.NewGuid(), Draft(planned: Detected.AddDays(-1), due: Today), Today)));
        Assert.Equal("plannedOn", Field(() => kase.PlanMeasure(Guid.NewGuid(), Draft(planned: Today.AddDays(1), due: Today.AddDays(2)), Today)));
        Assert.Single(kase.Measures);
    }

    [Fact]
    public void A_measure_is_done_from_its_planning_to_today_once()
    {
        var kase = Case();
        var measure = kase.PlanMeasure(Guid.NewGuid(), Draft(planned: Detected.AddDays(10), due: Detected.AddDays(20)), Today);

        Assert.Equal("on", Field(() => kase.CompleteMeasure(measure.Id, Detected.AddDays(9), "校长 钱", null, Today)));
        Assert.Equal("on", Field(() => kase.CompleteMeasure(measure.Id, Today.AddDays(1), "校长 钱", null, Today)));
        kase.CompleteMeasure(measure.Id, Detected.AddDays(10), "校长 钱", "已谈心", Today);

        Assert.Equal(Detected.AddDays(10), measure.DoneOn);
        Assert.False(measure.OverdueOn(Today));
        Assert.Throws<ConflictException>(() => kase.CompleteMeasure(measure.Id, Today, "校长 钱", null, Today));
        Assert.Throws<NotFoundException>(() => kase.CompleteMeasure(Guid.NewGuid(), Today, "校长 钱", null, Today));
    }

    [Fact]
    public void Only_an_aid_referral_names_an_aid_review_and_a_closed_case_takes_no_measure()
    {
        var kase = Case();

        Assert.Equal("aidReview", Field(() => kase.PlanMeasure(Guid.NewGuid(), Draft(kind: MeasureKind.AidReferral), Today)));
        Assert.Equal("aidReview", Field(() => kase.PlanMeasure(Guid.NewGuid(), Draft(review: AidReview.Outreach), Today)));
        Assert.True(kase.PlanMeasure(Guid.NewGuid(), Draft(kind: MeasureKind.AidReferral, review: AidReview.Outreach), Today).IsReferral);
        kase.Conclude(new CaseClosing(CaseOutcome.Other, Today, null, null), 6, Today);
        Assert.Throws<ConflictException>(() => kase.PlanMeasure(Guid.NewGuid(), Draft(), Today));
    }

    private static DropoutCase Case() => DropoutCase.Open(
        Guid.NewGuid(),
        new CaseStudent(Guid.NewGuid(), "520102201503051234", "学生", "T1", "S1", new DateOnly(2015, 3, 5)),
        new CaseDraft(Detected, "班主任 孙", CaseStage.Confirmed, [DropoutReason.Learning], OwnerRoles.All.ToDictionary(r => r, r => r.ToString())),
        Today);

    private static MeasureDraft Draft(MeasureKind kind = MeasureKind.Counselling, AidReview? review = null, DateOnly? planned = null, DateOnly? due = null) =>
        new(kind, review, "每周谈心", "班主任 孙", planned ?? Detected, due ?? Today);

    private static string Field(Action act) => Assert.Single(Assert.Throws<ValidationFailedException>(act).Errors.Keys);
}
