using EduRelief.SharedKernel.Periods;

namespace EduRelief.Tests.SharedKernel;

/// <summary>The day a term, a month or a year dates its records on, for the period lock; what is not a year dates nothing (validation names it).</summary>
public sealed class DatedFieldTests
{
    [Theory]
    [InlineData("2025-1", 2025)]
    [InlineData("2025-03", 2025)]
    [InlineData("2011", 2011)]
    public void A_term_or_month_is_dated_on_its_years_first_day(string text, int year) =>
        Assert.Equal(new DateOnly(year, 1, 1), DatedField.InYear("term", text).Day);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("25-1")]
    [InlineData("spring")]
    [InlineData("-202")]
    public void What_is_not_a_year_dates_nothing(string? text) => Assert.Null(DatedField.InYear("term", text).Day);

    [Fact]
    public void A_year_out_of_range_dates_nothing() => Assert.Null(DatedField.InYear("year", 0).Day);
}
