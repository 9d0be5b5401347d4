using EduRelief.Contracts.Registry;
using EduRelief.Modules.DropoutControl.Domain;

namespace EduRelief.Tests.DropoutControl;

/// <summary>The consolidation rate's days and arithmetic: the birth dates of compulsory age, the school-year parts of a year, the two criteria, the rate.</summary>
public sealed class ConsolidationTests
{
    private const int Year = 2025;
    private static readonly DateOnly YearEnd = new(Year, 12, 31);
    private static readonly Guid Exempted = Guid.NewGuid();

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-08-31")]
    [InlineData("2025-09-01")]
    [InlineData("2025-12-31")]
    public void The_birth_dates_of_compulsory_age_on_a_day_are_exactly_those_the_age_rule_covers(string on)
    {
        var day = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);
        var born = CompulsoryAge.BornFor(day);

        for (var birth = born.From.AddDays(-400); birth <= born.To.AddDays(400); birth = birth.AddDays(1))
        {
            Assert.Equal(CompulsoryAge.Covers(birth, day), birth >= born.From && birth <= born.To);
        }
    }

    [Fact]
    public void The_year_splits_at_1_September_into_its_two_school_years_once_the_counting_day_reaches_it()
    {
        var part = Assert.Single(Consolidation.SchoolYearParts(Year, new DateOnly(2025, 6, 30)));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)), (part.From, part.To));

        var parts = Consolidation.SchoolYearParts(Year, YearEnd);
        Assert.Equal([(new DateOnly(2025, 1, 1), new DateOnly(2025, 8, 31)), (new DateOnly(2025, 9, 1), YearEnd)], parts.Select(p => (p.From, p.To)));
    }

    [Fact]
    public void The_denominator_is_compulsory_age_and_enrolled_on_1_January_less_the_exempted()
    {
        var criteria = Consolidation.EnrolledAtStart(Year, [Exempted]);

        Assert.Equal(new StatusOnDay { Status = StudentStatus.Enrolled, Day = new DateOnly(2025, 1, 1) }, criteria.StatusOn);
        Assert.Equal(CompulsoryAge.BornFor(new DateOnly(2025, 1, 1)), criteria.BornBetween);
        Assert.Equal([Exempted], criteria.Except!);
        Assert.Null(criteria.ChangedInto);
    }

    [Fact]
    public void The_numerator_is_a_dropout_in_the_year_at_compulsory_age_on_its_day_still_out_on_the_counting_day()
    {
        var criteria = Consolidation.DroppedNotReturned(Year, YearEnd, [Exempted]);

        Assert.Equal(new StatusOnDay { Status = StudentStatus.DroppedOut, Day = YearEnd }, criteria.StatusOn);
        Assert.Null(criteria.BornBetween);
        Assert.Collection(
            criteria.ChangedInto!,
            spring => Assert.Equal((StudentStatus.DroppedOut, CompulsoryAge.BornFor(new DateOnly(2025, 1, 1))), (spring.To, spring.BornBetween)),
            autumn => Assert.Equal((StudentStatus.DroppedOut, CompulsoryAge.BornFor(new DateOnly(2025, 9, 1))), (autumn.To, autumn.BornBetween)));
        // 15 on 1 September 2024 and 16 on 1 September 2025: of compulsory age for a spring dropout, not an autumn one.
        var fifteen = new DateOnly(2009, 3, 1);
        Assert.True(fifteen >= criteria.ChangedInto![0].BornBetween.From);
        Assert.True(fifteen < criteria.ChangedInto![1].BornBetween.From);
        Assert.Equal([Exempted], criteria.Except!);
    }

    [Fact]
    public void The_rate_is_one_less_the_share_still_out_to_four_places()
    {
        Assert.Equal(0.998m, Consolidation.Rate(17, 8500));
        Assert.Equal(0.9988m, Consolidation.Rate(1, 850));
        Assert.Equal(1m, Consolidation.Rate(0, 3));
        Assert.Null(Consolidation.Rate(0, 0));
    }

    [Fact]
    public void The_counting_day_is_the_year_end_or_today_while_the_year_runs()
    {
        Assert.Equal(YearEnd, Consolidation.CountingDay(Year, new DateOnly(2026, 2, 1)));
        Assert.Equal(new DateOnly(2025, 6, 30), Consolidation.CountingDay(Year, new DateOnly(2025, 6, 30)));
    }
}
