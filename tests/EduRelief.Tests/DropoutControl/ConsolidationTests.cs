using EduRelief.Contracts.Registry;
using EduRelief.Modules.DropoutControl.Domain;

namespace EduRelief.Tests.DropoutControl;

/// <summary>The consolidation rate's arithmetic and days: status on a day from the history, the two counts, the rate.</summary>
public sealed class ConsolidationTests
{
    private const int Year = 2025;
    private static readonly DateOnly YearEnd = new(Year, 12, 31);

    [Fact]
    public void The_status_on_a_day_is_the_last_change_by_then_or_before_any_change_the_status_it_left()
    {
        var student = Student(Change(new DateOnly(2025, 3, 10), StudentStatus.Enrolled, StudentStatus.DroppedOut), Change(new DateOnly(2025, 9, 1), StudentStatus.DroppedOut, StudentStatus.Enrolled));

        Assert.Equal(StudentStatus.Enrolled, Consolidation.StatusOn(student, new DateOnly(2025, 3, 9)));
        Assert.Equal(StudentStatus.DroppedOut, Consolidation.StatusOn(student, new DateOnly(2025, 3, 10)));
        Assert.Equal(StudentStatus.DroppedOut, Consolidation.StatusOn(student, new DateOnly(2025, 8, 31)));
        Assert.Equal(StudentStatus.Enrolled, Consolidation.StatusOn(student, new DateOnly(2025, 9, 1)));
        Assert.Null(Consolidation.StatusOn(student with { EnrolledOn = new DateOnly(2025, 2, 1) }, new DateOnly(2025, 1, 1)));
        Assert.Equal(StudentStatus.Suspended, Consolidation.StatusOn(Student() with { Status = StudentStatus.Suspended }, new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public void A_dropstillOutin_the_year_counts_only_while_still_stillOuton_the_counting_day()
    {
        var stillOut = Student(Change(new DateOnly(2025, 5, 6), StudentStatus.Enrolled, StudentStatus.DroppedOut));
        var back = Student(Change(new DateOnly(2025, 5, 6), StudentStatus.Enrolled, StudentStatus.DroppedOut), Change(new DateOnly(2025, 12, 31), StudentStatus.DroppedOut, StudentStatus.Enrolled));
        var backNextYear = Student(Change(new DateOnly(2025, 5, 6), StudentStatus.Enrolled, StudentStatus.DroppedOut), Change(new DateOnly(2026, 1, 1), StudentStatus.DroppedOut, StudentStatus.Enrolled));
        var lastYear = Student(Change(new DateOnly(2024, 12, 31), StudentStatus.Enrolled, StudentStatus.DroppedOut));

        Assert.True(Consolidation.DroppedNotReturned(stillOut, Year, YearEnd));
        Assert.False(Consolidation.DroppedNotReturned(back, Year, YearEnd));
        Assert.True(Consolidation.DroppedNotReturned(backNextYear, Year, YearEnd));
        Assert.False(Consolidation.DroppedNotReturned(lastYear, Year, YearEnd));
        Assert.False(Consolidation.EnrolledAtStart(lastYear, Year));
        Assert.True(Consolidation.EnrolledAtStart(stillOut, Year));
        Assert.False(Consolidation.DroppedNotReturned(stillOut, Year, new DateOnly(2025, 5, 5)));
    }

    [Fact]
    public void Only_compulsory_age_students_count()
    {
        // 15 on 1 September 2024 (the school year 1 January 2025 falls in), 16 from the next school year.
        var fifteen = Student(Change(new DateOnly(2025, 10, 8), StudentStatus.Enrolled, StudentStatus.DroppedOut)) with { BirthDate = new DateOnly(2009, 3, 1) };

        Assert.True(Consolidation.EnrolledAtStart(fifteen, Year));
        Assert.False(Consolidation.DroppedNotReturned(fifteen, Year, YearEnd));
        Assert.False(Consolidation.EnrolledAtStart(Student() with { BirthDate = new DateOnly(2019, 9, 2) }, Year));
        Assert.True(Consolidation.EnrolledAtStart(Student() with { BirthDate = new DateOnly(2018, 9, 1) }, Year));
    }

    [Fact]
    public void The_rate_is_one_less_the_share_still_stillOutto_four_places()
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

    private static StatusChangeDto Change(DateOnly on, StudentStatus from, StudentStatus to) => new() { EffectiveOn = on, From = from, To = to };

    private static StudentStatusHistoryDto Student(params StatusChangeDto[] changes) => new()
    {
        StudentId = Guid.NewGuid(),
        NationalId = "520102201503051234",
        Name = "学生",
        BirthDate = new DateOnly(2015, 3, 5),
        SchoolCode = "S1",
        TownshipCode = "T1",
        EnrolledOn = new DateOnly(2021, 9, 1),
        Status = changes.Length == 0 ? StudentStatus.Enrolled : changes[^1].To,
        Changes = changes,
    };
}
