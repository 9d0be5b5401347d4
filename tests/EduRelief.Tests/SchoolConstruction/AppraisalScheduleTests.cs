using EduRelief.Modules.SchoolConstruction.Domain;

namespace EduRelief.Tests.SchoolConstruction;

public sealed class AppraisalScheduleTests
{
    [Theory]
    [InlineData(1976, "2025-06-30", "2030-06-30")]
    [InlineData(1975, "2025-06-30", "2026-06-30")]
    [InlineData(1960, "2024-02-29", "2025-02-28")]
    [InlineData(2000, "2024-02-29", "2029-02-28")]
    public void The_next_appraisal_is_due_in_five_years_or_yearly_once_past_the_fifty_year_design_life(int yearBuilt, string appraisedOn, string due)
    {
        Assert.Equal(DateOnly.Parse(due), AppraisalSchedule.NextDue(yearBuilt, DateOnly.Parse(appraisedOn)));
    }
}
