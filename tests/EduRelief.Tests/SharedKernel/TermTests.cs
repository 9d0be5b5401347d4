using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Tests.SharedKernel;

public sealed class TermTests
{
    [Theory]
    [InlineData("2025-1", 2025, Semester.Spring)]
    [InlineData("2025-2", 2025, Semester.Autumn)]
    public void A_term_is_a_year_and_a_semester(string text, int year, Semester semester)
    {
        Assert.True(Term.TryParse(text, out var term, out _));
        Assert.Equal(new Term(year, semester), term);
        Assert.Equal(text, term.ToString());
    }

    [Theory]
    [InlineData("2025-3", "the semester must be 1 (spring) or 2 (autumn)")]
    [InlineData("2025", "must be YYYY-1 (spring) or YYYY-2 (autumn), e.g. 2025-2")]
    [InlineData("25-1", "must be YYYY-1 (spring) or YYYY-2 (autumn), e.g. 2025-2")]
    public void A_bad_term_is_refused_saying_why(string text, string expected)
    {
        using var english = UserLanguage.Use(true);
        Assert.False(Term.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData("2025-3", "学期须为 1（春季）或 2（秋季）")]
    [InlineData("2025", "学期须为 YYYY-1（春季）或 YYYY-2（秋季），例如 2025-2")]
    public void A_bad_term_is_refused_in_chinese_by_default(string text, string expected)
    {
        Assert.False(Term.TryParse(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Spring_comes_before_autumn_of_the_same_year()
    {
        Assert.True(new Term(2025, Semester.Spring) < new Term(2025, Semester.Autumn));
        Assert.True(new Term(2025, Semester.Autumn) < new Term(2026, Semester.Spring));
    }
}
