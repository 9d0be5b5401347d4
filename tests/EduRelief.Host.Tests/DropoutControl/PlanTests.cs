using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>The individual return plan (一人一策): measures with who and when, their completion, each in the student file once.</summary>
[Collection(HostCollection.Name)]
public sealed class PlanTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task Measures_are_planned_and_completed_and_each_is_a_step_in_the_student_file()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (nationalId, opened) = await _officer.CaseAsync(school);
        var id = opened.Text("id");

        var counselling = await (await _officer.MeasureAsync(id, dueOn: SpecialNeedsApi.DaysAgo(10))).ShouldBeAsync(HttpStatusCode.Created);
        var aid = await (await _officer.MeasureAsync(id, "AidReferral", aidReview: "EligibilityCheck", responsible: "乡长 李")).ShouldBeAsync(HttpStatusCode.Created);
        var done = await (await _officer.CompleteAsync(id, counselling.Text("id"), SpecialNeedsApi.DaysAgo(12), note: "学生愿意返校")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(SpecialNeedsApi.DaysAgo(12), done.Text("doneOn"));
        Assert.Equal("学生愿意返校", done.Text("doneNote"));
        Assert.Equal("Subsidies", aid.Text("referredTo"));
        var plan = await _officer.GetPlanAsync(id);
        Assert.Equal(1, plan.Number("open"));
        Assert.Equal(["Counselling", "AidReferral"], plan["measures"]!.AsArray().Select(m => m.Text("kind")));
        Assert.Equal("乡长 李", plan["measures"]![1].Text("responsible"));
        var studentId = opened.Text("studentId");
        var steps = (await _officer.GetCaseAsync(id))["steps"]!.AsArray();
        Assert.Equal(["DropoutCaseOpened", "DropoutPlanMeasure", "DropoutPlanMeasure", "DropoutPlanMeasureDone"], steps.Select(s => s.Text("kind")));
        var file = await Eventually.MatchAsync(
            async () => (await _officer.GetFileAsync(studentId))["entries"]!.AsArray().Where(e => e!["sourceModule"]?.GetValue<string>() == "DropoutControl").ToList(),
            e => e.Count == steps.Count,
            "every plan step in the student file");
        Assert.Equal(2, file.Count(e => e!.Text("kind") == "DropoutPlanMeasure"));
        Assert.Contains(file, e => e!.Text("kind") == "DropoutPlanMeasureDone" && e.Text("title").Contains("班主任 孙", StringComparison.Ordinal));
        Assert.NotNull(nationalId);
    }

    [Fact]
    public async Task A_measure_past_its_due_date_and_not_done_is_overdue()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, opened) = await _officer.CaseAsync(school);
        var id = opened.Text("id");

        var late = await (await _officer.MeasureAsync(id, dueOn: SpecialNeedsApi.DaysAgo(5))).ShouldBeAsync(HttpStatusCode.Created);

        Assert.True(late.Flag("overdue"));
        await (await _officer.CompleteAsync(id, late.Text("id"), SpecialNeedsApi.DaysAgo(1))).ShouldBeAsync(HttpStatusCode.OK);
        var plan = await _officer.GetPlanAsync(id);
        Assert.Equal(0, plan.Number("overdue"));
        Assert.False(plan["measures"]![0].Flag("overdue"));
    }

    [Fact]
    public async Task A_plan_outside_the_callers_scope_is_a_404()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, opened) = await _officer.CaseAsync(school);
        var (elsewhere, _) = await _officer.TownshipWithSchoolAsync();
        var stranger = app.CreateClientAs(Roles.TownshipOfficer, townships: [elsewhere]).Client;
        var id = opened.Text("id");
        var measure = await (await _officer.MeasureAsync(id)).ShouldBeAsync(HttpStatusCode.Created);

        await (await stranger.GetAsync(PlanApi.Plan(id))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.MeasureAsync(id)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.CompleteAsync(id, measure.Text("id"), SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var staff = app.CreateClientAs(Roles.SchoolStaff, schools: [school]).Client;
        await (await staff.MeasureAsync(id, "Other")).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(2, (await _officer.GetPlanAsync(id))["measures"]!.AsArray().Count);
    }
}
