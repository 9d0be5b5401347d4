using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.ReviewPlans;
using EduRelief.Modules.SpecialNeeds.Features.Shared;

namespace EduRelief.Tests.SpecialNeeds;

/// <summary>School age is 6–15 whole years on 1 September of the school year; the figure day and last month are date rules too.</summary>
public sealed class SchoolAgeTests
{
    [Theory]
    [InlineData("2020-09-01", 2026, true)]   // six on the day itself
    [InlineData("2020-09-02", 2026, false)]  // six the day after: not yet
    [InlineData("2010-09-02", 2026, true)]   // fifteen on the day, sixteen the next day
    [InlineData("2010-09-01", 2026, false)]  // sixteen on the day
    [InlineData("2012-02-29", 2026, true)]
    [InlineData("2021-01-01", 2026, false)]
    public void School_age_is_six_to_fifteen_on_the_first_of_september(string born, int schoolYear, bool schoolAge) =>
        Assert.Equal(schoolAge, SchoolAge.IsSchoolAge(DateOnly.Parse(born), schoolYear));

    [Theory]
    [InlineData("2020-09-01", 6, 5)]   // six on the register's day, five at the Registry's cut-off the day before
    [InlineData("2010-09-01", 16, 15)] // sixteen on the register's day: off the register, still fifteen in the Registry
    [InlineData("2020-08-31", 6, 6)]
    [InlineData("2020-09-02", 5, 5)]
    public void The_register_counts_age_on_1_September_and_the_Registry_on_31_August(string born, int register, int registry)
    {
        var birth = DateOnly.Parse(born);

        Assert.Equal(register, SchoolAge.AgeInSchoolYear(birth, 2026));
        Assert.Equal(registry, NationalIdMasking.AgeAtCutOff(birth, new DateOnly(2026, 10, 1)));
    }

    [Fact]
    public void The_two_age_rules_disagree_on_school_age_only_for_a_child_born_on_1_September()
    {
        var today = new DateOnly(2026, 10, 1);
        for (var born = new DateOnly(2009, 1, 1); born <= new DateOnly(2021, 12, 31); born = born.AddDays(1))
        {
            var registry = NationalIdMasking.AgeAtCutOff(born, today) is >= SchoolAge.Youngest and <= SchoolAge.Oldest;
            var agree = SchoolAge.IsSchoolAge(born, SchoolAge.SchoolYearOf(today)) == registry;
            Assert.True(agree || born is { Month: 9, Day: 1 }, $"born {born}: the register and the Registry disagree on school age");
        }
    }

    [Fact]
    public void The_birth_date_bounds_agree_with_the_age_rule()
    {
        for (var year = 2020; year <= 2030; year++)
        {
            Assert.True(SchoolAge.IsSchoolAge(SchoolAge.BornFrom(year), year));
            Assert.False(SchoolAge.IsSchoolAge(SchoolAge.BornFrom(year).AddDays(-1), year));
            Assert.True(SchoolAge.IsSchoolAge(SchoolAge.BornTo(year), year));
            Assert.False(SchoolAge.IsSchoolAge(SchoolAge.BornTo(year).AddDays(1), year));
        }
    }

    [Theory]
    [InlineData("2026-08-31", 2025)]
    [InlineData("2026-09-01", 2026)]
    [InlineData("2027-01-15", 2026)]
    public void The_school_year_starts_on_the_first_of_september(string day, int schoolYear) =>
        Assert.Equal(schoolYear, SchoolAge.SchoolYearOf(DateOnly.Parse(day)));

    [Fact]
    public void The_age_does_not_change_on_the_birthday_within_the_school_year()
    {
        var born = new DateOnly(2015, 10, 20);

        Assert.Equal(10, SchoolAge.AgeInSchoolYear(born, 2026));
        Assert.Equal(11, SchoolAge.AgeOn(born, new DateOnly(2026, 10, 20)));
        Assert.Equal(10, SchoolAge.AgeOn(born, new DateOnly(2026, 10, 19)));
    }

    [Theory]
    [InlineData(2025, "2026-12-03", "2025-12-31")]
    [InlineData(2026, "2026-12-03", "2026-12-03")]
    [InlineData(2027, "2026-12-03", "2027-12-31")]
    public void A_years_figures_are_counted_on_its_last_day_or_today_while_it_runs(int year, string today, string day) =>
        Assert.Equal(DateOnly.Parse(day), FigureDay.Of(year, DateOnly.Parse(today)));

    [Theory]
    [InlineData("2026-12-03", "2026-11-01", "2026-11-30")]
    [InlineData("2026-01-31", "2025-12-01", "2025-12-31")]
    [InlineData("2024-03-01", "2024-02-01", "2024-02-29")]
    public void Last_month_runs_from_its_first_to_its_last_day(string today, string first, string last) =>
        Assert.Equal((DateOnly.Parse(first), DateOnly.Parse(last)), PlanReview.LastMonth(DateOnly.Parse(today)));
}
