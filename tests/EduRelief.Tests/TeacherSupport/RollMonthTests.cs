using EduRelief.Modules.TeacherSupport.Domain;

namespace EduRelief.Tests.TeacherSupport;

public sealed class RollMonthTests
{
    [Theory]
    [InlineData("2026-03", 2026, 3)]
    [InlineData("2000-12", 2000, 12)]
    public void A_month_is_read_from_YYYY_MM(string text, int year, int month)
    {
        Assert.True(RollMonth.TryParse(text, out var parsed));
        Assert.Equal(new RollMonth(year, month), parsed);
        Assert.Equal(text, parsed.ToString());
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-3")]
    [InlineData("26-03")]
    [InlineData("2026/03")]
    [InlineData("1999-12")]
    [InlineData("+202-03")]
    [InlineData(null)]
    public void Anything_else_is_not_a_month(string? text)
    {
        Assert.False(RollMonth.TryParse(text, out _));
    }

    [Fact]
    public void Months_know_their_first_and_last_day_their_neighbours_and_their_order()
    {
        var february = new RollMonth(2024, 2);

        Assert.Equal(new DateOnly(2024, 2, 1), february.FirstDay);
        Assert.Equal(new DateOnly(2024, 2, 29), february.LastDay);
        Assert.Equal(new RollMonth(2024, 3), february.Next);
        Assert.Equal(new RollMonth(2023, 12), new RollMonth(2024, 1).Previous);
        Assert.Equal(new RollMonth(2025, 1), new RollMonth(2024, 12).Next);
        Assert.Equal(202402, february.Key);
        Assert.Equal(february, RollMonth.FromKey(202402));
        Assert.True(new RollMonth(2023, 12) < february);
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03")]
    [InlineData("2026-03-02", "2026-04")]
    [InlineData("2026-12-31", "2027-01")]
    public void A_change_dated_after_the_first_applies_from_the_next_month(string day, string month)
    {
        Assert.Equal(month, RollMonth.FirstFrom(DateOnly.Parse(day)).ToString());
    }
}
