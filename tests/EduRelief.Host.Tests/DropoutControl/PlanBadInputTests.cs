using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>The return plan's bad input: a clear problem naming the field, and the plan, the file and the referrals unchanged.</summary>
[Collection(HostCollection.Name)]
public sealed class PlanBadInputTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_measure_on_a_closed_case_is_a_409_and_refers_nothing()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (nationalId, opened) = await _officer.CaseAsync(school);
        var id = opened.Text("id");
        var measure = await (await _officer.MeasureAsync(id)).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.CloseAsync(id, "Other", SpecialNeedsApi.DaysAgo(2))).ShouldBeAsync(HttpStatusCode.OK);

        await (await _officer.MeasureAsync(id, "AidReferral", aidReview: "Outreach")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await _officer.CompleteAsync(id, measure.Text("id"), SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var plan = await _officer.GetPlanAsync(id);
        Assert.Single(plan["measures"]!.AsArray());
        Assert.Null(plan["measures"]![0]!["doneOn"]);
        Assert.Empty(await _officer.ItemsAsync($"{PlanApi.SubsidiesReferrals}?nationalId={nationalId}"));
    }

    [Fact]
    public async Task Dates_out_of_order_name_their_field_and_add_nothing()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, opened) = await _officer.CaseAsync(school);
        var id = opened.Text("id");

        Assert.Contains("before the case was detected", Assert.Single((await (await _officer.MeasureAsync(id, dueOn: SpecialNeedsApi.DaysAgo(61), plannedOn: SpecialNeedsApi.DaysAgo(60))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("dueOn")), StringComparison.Ordinal);
        Assert.Contains("before the measure was planned", Assert.Single((await (await _officer.MeasureAsync(id, dueOn: SpecialNeedsApi.DaysAgo(30), plannedOn: SpecialNeedsApi.DaysAgo(20))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("dueOn")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.MeasureAsync(id, plannedOn: SpecialNeedsApi.DaysAgo(61))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("plannedOn"));
        Assert.NotEmpty((await (await _officer.MeasureAsync(id, plannedOn: SpecialNeedsApi.DaysAgo(-1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("plannedOn"));
        var measure = await (await _officer.MeasureAsync(id, plannedOn: SpecialNeedsApi.DaysAgo(20))).ShouldBeAsync(HttpStatusCode.Created);
        var mid = measure.Text("id");
        Assert.Contains("before the measure was planned", Assert.Single((await (await _officer.CompleteAsync(id, mid, SpecialNeedsApi.DaysAgo(21))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("on")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.CompleteAsync(id, mid, SpecialNeedsApi.DaysAgo(-1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("on"));

        var plan = await _officer.GetPlanAsync(id);
        Assert.Single(plan["measures"]!.AsArray());
        Assert.Null(plan["measures"]![0]!["doneOn"]);
        Assert.Equal(2, (await _officer.GetCaseAsync(id))["steps"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_second_completion_is_a_409_and_keeps_the_first()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, opened) = await _officer.CaseAsync(school);
        var id = opened.Text("id");
        var measure = await (await _officer.MeasureAsync(id)).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.CompleteAsync(id, measure.Text("id"), SpecialNeedsApi.DaysAgo(3), by: "校长 钱")).ShouldBeAsync(HttpStatusCode.OK);

        var problem = await (await _officer.CompleteAsync(id, measure.Text("id"), SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.NotEmpty(problem.FieldErrors("on"));
        var kept = (await _officer.GetPlanAsync(id))["measures"]![0];
        Assert.Equal("校长 钱", kept.Text("doneBy"));
        Assert.Equal(SpecialNeedsApi.DaysAgo(3), kept.Text("doneOn"));
        await (await _officer.CompleteAsync(id, Guid.NewGuid().ToString(), SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Missing_or_unknown_fields_are_named_in_the_callers_language()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, opened) = await _officer.CaseAsync(school);
        var id = opened.Text("id");

        var problem = await (await _officer.PostJsonAsync(PlanApi.Plan(id), new { kind = "Prayer", aidReview = "Lottery" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "kind", "aidReview", "description", "responsible", "dueOn" })
        {
            Assert.NotEmpty(problem.FieldErrors(field));
        }

        Assert.NotEmpty((await (await _officer.MeasureAsync(id, "AidReferral")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("aidReview"));
        Assert.NotEmpty((await (await _officer.MeasureAsync(id, "Counselling", aidReview: "Outreach")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("aidReview"));
        Assert.NotEmpty((await (await _officer.PostJsonAsync($"{PlanApi.Plan(id)}/{Guid.NewGuid()}/completion", new { note = new string('x', 2001) })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("by"));
        var chinese = app.CreateClient();
        chinese.DefaultRequestHeaders.AcceptLanguage.Clear();
        chinese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var zh = await (await chinese.MeasureAsync(id, dueOn: SpecialNeedsApi.DaysAgo(61), plannedOn: SpecialNeedsApi.DaysAgo(60))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("早于发现辍学的日期", Assert.Single(zh.FieldErrors("dueOn")), StringComparison.Ordinal);
        Assert.Empty((await _officer.GetPlanAsync(id))["measures"]!.AsArray());
        await (await _officer.MeasureAsync(Guid.NewGuid().ToString())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
