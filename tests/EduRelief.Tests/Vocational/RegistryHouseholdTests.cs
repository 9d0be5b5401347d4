using EduRelief.Contracts.Registry;
using EduRelief.Modules.Vocational.Domain;

namespace EduRelief.Tests.Vocational;

/// <summary>What the household re-check reads from the Registry's periods: poor now or not, and from which day, as the category events date it.</summary>
public sealed class RegistryHouseholdTests
{
    private static CategoryPeriodDto Period(DateOnly started, DateOnly? ended) =>
        new() { StudentId = Guid.Empty, StartedOn = started, StartSource = "扶贫办名单", EndedOn = ended, EndSource = ended is null ? null : "脱贫" };

    [Fact]
    public void An_open_period_is_poor_from_its_start()
    {
        var household = RegistryHousehold.Of([Period(new(2024, 3, 1), new(2024, 12, 31)), Period(new(2026, 3, 1), null)]);

        Assert.Equal(new RegistryHousehold(true, new DateOnly(2026, 3, 1), "扶贫办名单"), household);
    }

    [Fact]
    public void With_every_period_ended_it_is_not_poor_from_the_day_after_the_last_one_ended()
    {
        var household = RegistryHousehold.Of([Period(new(2025, 3, 1), new(2026, 5, 31)), Period(new(2023, 1, 1), new(2023, 12, 31))]);

        Assert.Equal(new RegistryHousehold(false, new DateOnly(2026, 6, 1), "脱贫"), household);
    }

    [Fact]
    public void A_student_with_no_period_never_was_so_it_counts_from_enrolment()
    {
        var household = RegistryHousehold.Of([]);

        Assert.False(household.Poor);
        Assert.Equal(DateOnly.MinValue, household.EffectiveOn);
    }
}
