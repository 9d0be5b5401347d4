using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Errors;

namespace EduRelief.Tests.SpecialNeeds;

/// <summary>The plan's rules on dates: a replaced plan ends on the new plan's start, visits fall within the plan.</summary>
public sealed class PlacementPlanTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    private static DisabledChild Child() => DisabledChild.Register(
        Guid.NewGuid(), new ChildDetails("520102201503051231", "小明", "T1", null, DisabilityCategory.Hearing, 2, "王父", "残联名单"), Today);

    private static PlacementPlan Plan(DisabledChild child, PlacementMode mode, DateOnly starts, PlacementPlan? current = null) => PlacementPlan.Make(
        Guid.NewGuid(), child, new PlanDraft(mode, "张老师", "识字", starts, starts.AddMonths(6), starts, current?.Id), mode.IsSchoolMode() ? new PlacedSchool("S1", "T1", Stage.Primary) : null,
        new Assessment { Id = Guid.NewGuid(), ChildId = child.Id, AssessedOn = starts.AddDays(-30), Body = "专家委员会", TownshipCode = "T1" }, current, Today);

    [Fact]
    public void A_replaced_plan_is_in_force_until_the_day_before_the_new_plan_starts()
    {
        var child = Child();
        var first = Plan(child, PlacementMode.HomeDelivered, new DateOnly(2026, 3, 1));

        var second = Plan(child, PlacementMode.RegularClass, new DateOnly(2026, 9, 1), first);

        Assert.Equal(new DateOnly(2026, 9, 1), first.EndsOn);
        Assert.Null(first.CurrentChildId);
        Assert.True(first.InForceOn(new DateOnly(2026, 8, 31)));
        Assert.False(first.InForceOn(new DateOnly(2026, 9, 1)));
        Assert.True(second.InForceOn(new DateOnly(2026, 9, 1)));
        Assert.Throws<ValidationFailedException>(() => first.LogVisit(new DateOnly(2026, 9, 1), "李老师", 2m, "识字", Today));
        Assert.Throws<ValidationFailedException>(() => first.LogVisit(new DateOnly(2026, 2, 28), "李老师", 2m, "识字", Today));
        Assert.Equal(new DateOnly(2026, 8, 31), first.LogVisit(new DateOnly(2026, 8, 31), "李老师", 2m, "识字", Today).On);
    }

    [Fact]
    public void A_plan_replacing_nothing_when_one_is_current_is_a_conflict()
    {
        var child = Child();
        var first = Plan(child, PlacementMode.RegularClass, new DateOnly(2026, 3, 1));

        Assert.Throws<ConflictException>(() => PlacementPlan.Make(
            Guid.NewGuid(), child, new PlanDraft(PlacementMode.Institution, "张老师", "识字", new DateOnly(2026, 9, 1), new DateOnly(2027, 3, 1), null, null), null, null, first, Today));
    }
}
