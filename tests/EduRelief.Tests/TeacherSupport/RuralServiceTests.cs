using EduRelief.Contracts.Registry;
using EduRelief.Modules.TeacherSupport.Domain;

namespace EduRelief.Tests.TeacherSupport;

public sealed class RuralServiceTests
{
    private static Posting At(SchoolLocation location, string from, string? to = null)
    {
        var posting = new Posting { SchoolCode = "S", TownshipCode = "T", Location = location, StartsOn = DateOnly.Parse(from) };
        if (to is not null)
        {
            posting.EndOn(DateOnly.Parse(to));
        }

        return posting;
    }

    [Theory]
    [InlineData("2015-03-01", "2025-03-01", 10)]
    [InlineData("2015-03-02", "2025-03-01", 9)]
    [InlineData("2016-02-29", "2026-02-27", 9)]
    [InlineData("2016-02-29", "2026-02-28", 10)]
    [InlineData("2025-03-01", "2025-03-01", 0)]
    public void One_open_rural_posting_counts_whole_years_to_the_day(string from, string asOf, int years)
    {
        Assert.Equal(years, RuralService.Years([At(SchoolLocation.Rural, from)], DateOnly.Parse(asOf)));
    }

    [Fact]
    public void Urban_and_town_postings_do_not_count_and_a_move_between_rural_schools_is_one_stretch()
    {
        Posting[] history =
        [
            At(SchoolLocation.Remote, "2010-09-01", "2014-01-14"),
            At(SchoolLocation.Rural, "2014-01-15", "2018-08-31"),
            At(SchoolLocation.Urban, "2018-09-01", "2020-08-31"),
            At(SchoolLocation.Town, "2020-09-01", "2022-08-31"),
            At(SchoolLocation.Rural, "2022-09-01"),
        ];

        // 2010-09-01 … 2018-08-31 is 96 months; 2022-09-01 … 2024-09-01 is 24 more.
        Assert.Equal(120, RuralService.Months(history, new DateOnly(2024, 9, 1)));
        Assert.Equal(10, RuralService.Years(history, new DateOnly(2024, 9, 1)));
        Assert.Equal(9, RuralService.Years(history, new DateOnly(2024, 8, 31)));
    }

    [Fact]
    public void Part_months_of_separate_stretches_add_up_to_a_month_only_at_31_days()
    {
        Posting[] twoHalves = [At(SchoolLocation.Rural, "2020-01-01", "2020-01-15"), At(SchoolLocation.Rural, "2021-01-01", "2021-01-16")];
        Posting[] short_ = [At(SchoolLocation.Rural, "2020-01-01", "2020-01-15"), At(SchoolLocation.Rural, "2021-01-01", "2021-01-15")];

        Assert.Equal(1, RuralService.Months(twoHalves, new DateOnly(2025, 1, 1)));
        Assert.Equal(0, RuralService.Months(short_, new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Service_after_the_day_asked_is_not_counted()
    {
        Assert.Equal(0, RuralService.Months([At(SchoolLocation.Remote, "2030-01-01")], new DateOnly(2025, 1, 1)));
        Assert.Equal(12, RuralService.Months([At(SchoolLocation.Remote, "2024-01-01", "2026-12-31")], new DateOnly(2025, 1, 1)));
    }

    [Theory]
    [InlineData("2024-01-31", "2024-02-28", 0, 28)]
    [InlineData("2024-01-31", "2024-02-29", 1, 0)]
    [InlineData("2024-01-31", "2024-03-01", 1, 1)]
    [InlineData("2023-05-15", "2024-05-15", 12, 0)]
    public void Between_counts_calendar_months_a_month_ending_on_the_last_day_of_a_shorter_one_and_the_days_left(string from, string until, int months, int days)
    {
        Assert.Equal((months, days), RuralService.Between(DateOnly.Parse(from), DateOnly.Parse(until)));
    }
}
