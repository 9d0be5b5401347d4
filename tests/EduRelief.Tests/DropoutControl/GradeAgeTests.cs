using EduRelief.Modules.DropoutControl.Domain;

namespace EduRelief.Tests.DropoutControl;

/// <summary>Over-age for grade: whole years at the Registry's cut-off (31 August) against 5 + grade, two years or more over.</summary>
public sealed class GradeAgeTests
{
    private static readonly DateOnly Autumn = new(2026, 12, 3);

    [Theory]
    [InlineData("2018-08-31", "2026-12-03", 8)]
    [InlineData("2018-09-01", "2026-12-03", 7)]
    [InlineData("2018-09-01", "2026-08-31", 6)]
    [InlineData("2018-03-05", "2027-08-31", 8)]
    [InlineData("2018-03-05", "2027-09-01", 9)]
    [InlineData("2016-02-29", "2026-09-15", 10)]
    public void The_age_is_whole_years_on_31_August_before_the_school_year_under_way(string born, string today, int age) =>
        Assert.Equal(age, GradeAge.AgeAtCutOff(DateOnly.Parse(born), DateOnly.Parse(today)));

    [Fact]
    public void A_child_two_years_older_than_the_grade_is_over_age_and_one_year_older_is_not()
    {
        // Grade 3 is on time at 8 on 31 August 2026; junior secondary grade 7 at 12.
        Assert.False(GradeAge.IsOverAge(new DateOnly(2018, 3, 5), 3, Autumn));
        Assert.False(GradeAge.IsOverAge(new DateOnly(2017, 3, 5), 3, Autumn));
        Assert.True(GradeAge.IsOverAge(new DateOnly(2016, 8, 31), 3, Autumn));
        Assert.False(GradeAge.IsOverAge(new DateOnly(2016, 9, 1), 3, Autumn));
        Assert.True(GradeAge.IsOverAge(new DateOnly(2012, 5, 1), 7, Autumn));
        Assert.False(GradeAge.IsOverAge(new DateOnly(2013, 5, 1), 7, Autumn));
    }

    [Fact]
    public void The_cut_off_moves_every_student_on_1_September_not_on_the_birthday()
    {
        var born = new DateOnly(2016, 3, 5);

        Assert.False(GradeAge.IsOverAge(born, 3, new DateOnly(2026, 8, 31)));
        Assert.False(GradeAge.IsOverAge(born, 4, new DateOnly(2026, 8, 31)) || GradeAge.IsOverAge(born, 4, new DateOnly(2026, 9, 1)));
        Assert.True(GradeAge.IsOverAge(born, 3, new DateOnly(2026, 9, 1)));
    }
}
