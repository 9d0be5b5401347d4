using EduRelief.Host.Demo.County;
using EduRelief.Host.Demo.InProcess;

namespace EduRelief.Host.Demo.Steps;

/// <summary>
/// TeacherSupport: the teachers in post (by national ID), the 2025 campaign (by code) whose hires create their
/// teachers, the courses (by code) with their attendance (a teacher counts once per course, however often sent),
/// the urban–rural pairs (by their two schools) and their activities (by day and title).
/// </summary>
internal sealed class TeacherStep : IDemoStep
{
    private const string Api = "/api/teacher-support";

    public async Task RunAsync(DemoRun run, CancellationToken cancellationToken)
    {
        var (clerk, tally) = (run.Clerk, run.Tally);
        var plan = TeacherPlanner.Plan(run.County, run.RandomFor("teachers"));
        var known = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var teacher in clerk.ListAsync($"{Api}/teachers", cancellationToken))
        {
            known.Add(teacher.Text("nationalId"));
        }

        await run.EnterMissingAsync(
            DemoRecords.Teachers, plan.Teachers.Where(t => !t.Hired), t => known.Contains(t.NationalId), t => clerk.PostAsync($"{Api}/teachers", Body(t), cancellationToken));

        var campaign = $"{Api}/recruitment-campaigns/{plan.CampaignCode}";
        if (await clerk.GetAsync(campaign, cancellationToken) is null)
        {
            var posts = plan.Hires.GroupBy(h => h.School.Code).Select(g => new { SchoolCode = g.Key, Count = g.Count() });
            await clerk.PostAsync($"{Api}/recruitment-campaigns", new { Code = plan.CampaignCode, Year = DemoCalendar.Year, Name = "2025年农村教师招聘（含特岗计划）", Posts = posts }, cancellationToken);
            tally.Created(DemoRecords.Campaigns);
        }
        else
        {
            tally.Found(DemoRecords.Campaigns);
        }

        await run.EnterMissingAsync(DemoRecords.Hires, plan.Hires, h => known.Contains(h.NationalId), h => clerk.PostAsync($"{campaign}/hires", Body(h), cancellationToken));

        var courses = await clerk.CodesAsync($"{Api}/courses", cancellationToken);
        foreach (var course in plan.Courses)
        {
            if (courses.Contains(course.Code))
            {
                tally.Found(DemoRecords.Courses);
            }
            else
            {
                await clerk.PostAsync($"{Api}/courses", new { course.Code, course.Name, course.Kind, course.StartsOn, course.EndsOn, course.Hours }, cancellationToken);
                tally.Created(DemoRecords.Courses);
            }

            var attended = (await clerk.PostAsync($"{Api}/courses/{course.Code}/attendance", new { course.NationalIds }, cancellationToken))!;
            tally.Created(DemoRecords.Attendance, attended["recorded"]!.GetValue<int>());
            tally.Found(DemoRecords.Attendance, attended["alreadyRecorded"]!.GetValue<int>());
        }

        await PairingsAsync(run, plan.Pairings, cancellationToken);
    }

    private static async Task PairingsAsync(DemoRun run, IReadOnlyList<PlannedPairing> pairings, CancellationToken cancellationToken)
    {
        var (clerk, tally) = (run.Clerk, run.Tally);
        var existing = new Dictionary<(string, string), Guid>();
        await foreach (var pairing in clerk.ListAsync($"{Api}/pairings", cancellationToken))
        {
            existing[(pairing.Text("urbanSchoolCode"), pairing.Text("ruralSchoolCode"))] = pairing["id"]!.GetValue<Guid>();
        }

        foreach (var pairing in pairings)
        {
            HashSet<(DateOnly, string)> held = [];
            if (existing.TryGetValue((pairing.Urban.Code, pairing.Rural.Code), out var id))
            {
                tally.Found(DemoRecords.Pairings);
                await foreach (var activity in clerk.ListAsync($"{Api}/pairing-activities?pairingId={id}", cancellationToken))
                {
                    held.Add((activity["on"]!.Date(), activity.Text("title")));
                }
            }
            else
            {
                var made = await clerk.PostAsync($"{Api}/pairings", new { UrbanSchoolCode = pairing.Urban.Code, RuralSchoolCode = pairing.Rural.Code, pairing.Since }, cancellationToken);
                id = made!["id"]!.GetValue<Guid>();
                tally.Created(DemoRecords.Pairings);
            }

            await run.EnterMissingAsync(
                DemoRecords.PairingActivities, pairing.Activities, a => held.Contains((a.On, a.Title)), a => clerk.PostAsync($"{Api}/pairings/{id}/activities", a, cancellationToken));
        }
    }

    private static object Body(PlannedTeacher teacher) => new
    {
        teacher.NationalId,
        teacher.Name,
        SchoolCode = teacher.School.Code,
        teacher.Subject,
        teacher.Title,
        teacher.HiredOn,
        teacher.Staffing,
        teacher.SpecialPost,
    };
}
