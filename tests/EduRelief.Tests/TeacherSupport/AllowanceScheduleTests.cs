using EduRelief.Contracts.Registry;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.SharedKernel.Errors;

namespace EduRelief.Tests.TeacherSupport;

public sealed class AllowanceScheduleTests
{
    private static AllowanceTier Tier(SchoolLocation? location, string? school, string from, decimal monthly, string? to = null)
    {
        var tier = new AllowanceTier { Location = location, SchoolCode = school, EffectiveFrom = DateOnly.Parse(from), Monthly = monthly };
        if (to is not null)
        {
            tier.EndOn(DateOnly.Parse(to));
        }

        return tier;
    }

    [Fact]
    public void A_named_school_takes_its_own_tier_over_its_locations_and_urban_or_town_schools_get_nothing()
    {
        var schedule = new AllowanceSchedule([Tier(SchoolLocation.Remote, null, "2024-01-01", 600m), Tier(null, "S9", "2024-01-01", 650m)]);
        var day = new DateOnly(2024, 5, 1);

        Assert.Equal(600m, schedule.MonthlyFor("S1", SchoolLocation.Remote, day));
        Assert.Equal(650m, schedule.MonthlyFor("S9", SchoolLocation.Remote, day));
        Assert.Null(schedule.MonthlyFor("S2", SchoolLocation.Rural, day));
        Assert.Null(schedule.MonthlyFor("S9", SchoolLocation.Town, day));
        Assert.Null(schedule.MonthlyFor("S1", SchoolLocation.Remote, new DateOnly(2023, 12, 1)));
    }

    [Fact]
    public void A_following_tier_ends_the_open_one_the_day_before_and_the_month_after_gets_the_new_amount()
    {
        var open = Tier(SchoolLocation.Rural, null, "2024-01-01", 400m);
        var schedule = new AllowanceSchedule([open]);

        var ended = schedule.Add([Tier(SchoolLocation.Rural, null, "2024-07-01", 450m)], lastApproved: new RollMonth(2024, 6));

        Assert.Same(open, Assert.Single(ended));
        Assert.Equal(new DateOnly(2024, 6, 30), open.EffectiveTo);
    }

    [Fact]
    public void Overlapping_a_tier_of_the_same_schools_or_reaching_an_approved_month_is_refused_and_changes_nothing()
    {
        var closed = Tier(null, "S1", "2024-01-01", 300m, "2024-12-31");
        var open = Tier(SchoolLocation.Remote, null, "2024-03-01", 600m);
        var schedule = new AllowanceSchedule([closed, open]);

        Assert.Equal("tiers[0]", Assert.Throws<ConflictException>(() => schedule.Add([Tier(null, "S1", "2024-06-01", 320m)], null)).Field);
        Assert.Equal("tiers[1]", Assert.Throws<ConflictException>(() => schedule.Add([Tier(null, "S2", "2024-02-01", 1m), Tier(SchoolLocation.Remote, null, "2024-02-01", 1m)], null)).Field);
        Assert.Equal("effectiveFrom", Assert.Throws<ConflictException>(() => schedule.Add([Tier(SchoolLocation.Remote, null, "2024-08-15", 650m)], new RollMonth(2024, 8))).Field);
        Assert.Null(open.EffectiveTo);
        Assert.Equal(new DateOnly(2024, 12, 31), closed.EffectiveTo);
        Assert.Empty(schedule.Add([Tier(null, "S1", "2025-01-01", 320m)], null));
    }
}
