namespace EduRelief.Host.Demo.County;

/// <summary>The county's teachers, the 2025 recruitment campaign, the year's training and the urban–rural pairs.</summary>
internal sealed record TeacherPlan(
    string CampaignCode,
    IReadOnlyList<PlannedTeacher> Teachers,
    IReadOnlyList<PlannedCourse> Courses,
    IReadOnlyList<PlannedPairing> Pairings)
{
    public IEnumerable<PlannedTeacher> Hires => Teachers.Where(t => t.Hired);
}
