using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.SpecialNeeds;

/// <summary>Home-delivered teaching logged visit by visit; the plan-review job lists plans past review and home-delivered plans short of visits, once.</summary>
[Collection(HostCollection.Name)]
public sealed class VisitTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    private static DateOnly FirstOfLastMonth => new DateOnly(SpecialNeedsApi.Today.Year, SpecialNeedsApi.Today.Month, 1).AddMonths(-1);

    [Fact]
    public async Task Visits_are_logged_on_a_home_delivered_plan_and_none_before_it_starts_nor_on_another_mode()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var (_, plan) = await _officer.PlacedChildAsync(township, school, "HomeDelivered", SpecialNeedsApi.DaysAgo(60));
        var (_, regular) = await _officer.PlacedChildAsync(township, school, "RegularClass", SpecialNeedsApi.DaysAgo(60));
        var id = plan.Text("id");

        var visit = await (await _officer.VisitAsync(id, SpecialNeedsApi.DaysAgo(5), 2.5m)).ShouldBeAsync(HttpStatusCode.Created);

        Assert.Equal(2.5m, visit["hours"]!.GetValue<decimal>());
        Assert.NotEmpty((await (await _officer.VisitAsync(id, SpecialNeedsApi.DaysAgo(61))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("on"));
        Assert.NotEmpty((await (await _officer.VisitAsync(id, SpecialNeedsApi.Day(SpecialNeedsApi.Today.AddDays(2)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("on"));
        Assert.NotEmpty((await (await _officer.VisitAsync(id, SpecialNeedsApi.DaysAgo(1), 0m)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("hours"));
        Assert.Contains("not HomeDelivered", Assert.Single((await (await _officer.VisitAsync(regular.Text("id"), SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("planId")), StringComparison.Ordinal);
        await (await _officer.VisitAsync(Guid.NewGuid().ToString(), SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var visits = (await (await _officer.GetAsync($"{SpecialNeedsApi.Plans}/{id}/visits")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        Assert.Single(visits);
    }

    [Fact]
    public async Task The_plan_review_lists_plans_past_review_and_short_of_visits_and_a_second_run_flags_nothing_new()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var start = SpecialNeedsApi.Day(FirstOfLastMonth.AddMonths(-1));
        var (_, shortPlan) = await _officer.PlacedChildAsync(township, school, "HomeDelivered", start);
        var (_, fullPlan) = await _officer.PlacedChildAsync(township, school, "HomeDelivered", start);
        await (await _officer.VisitAsync(shortPlan.Text("id"), SpecialNeedsApi.Day(FirstOfLastMonth.AddDays(3)))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.VisitAsync(fullPlan.Text("id"), SpecialNeedsApi.Day(FirstOfLastMonth.AddDays(3)))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.VisitAsync(fullPlan.Text("id"), SpecialNeedsApi.Day(FirstOfLastMonth.AddDays(17)))).ShouldBeAsync(HttpStatusCode.Created);
        var nationalId = TestIds.NationalId(SpecialNeedsApi.SchoolAgeBirth);
        await _officer.ChildAsync(township, nationalId);
        await (await _officer.AssessAsync(nationalId)).ShouldBeAsync(HttpStatusCode.Created);
        var pastReview = await (await _officer.PlanAsync(nationalId, "RegularClass", school, SpecialNeedsApi.DaysAgo(300), reviewOn: SpecialNeedsApi.DaysAgo(3))).ShouldBeAsync(HttpStatusCode.Created);

        var overdue = (await _officer.ItemsAsync($"{SpecialNeedsApi.Overdue}?pageSize=500")).Where(o => o.Text("townshipCode") == township).ToList();

        var shortOf = Assert.Single(overdue, o => o.Text("reason") == "ShortOfVisits");
        Assert.Equal(shortPlan.Text("id"), shortOf.Text("planId"));
        Assert.Equal((1, 2), (shortOf.Number("visits"), shortOf.Number("required")));
        Assert.Equal(pastReview.Text("id"), Assert.Single(overdue, o => o.Text("reason") == "PastReview").Text("planId"));

        var first = await RunPlanReviewAsync();
        Assert.Matches(@"新标记 [1-9]\d* 个", first);
        Assert.EndsWith("新标记 0 个", await RunPlanReviewAsync(), StringComparison.Ordinal);
    }

    private async Task<string> RunPlanReviewAsync()
    {
        var trigger = await (await _admin.PostAsync($"/api/admin/jobs/{SpecialNeedsApi.JobId}/trigger", null)).ShouldBeAsync(HttpStatusCode.Accepted);
        var runId = trigger["backgroundJobId"]!.GetValue<string>();
        var job = await Eventually.MatchAsync(
            async () => (await (await _admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray().Single(j => j!["id"]!.GetValue<string>() == SpecialNeedsApi.JobId)!,
            j => j["lastJobId"]?.GetValue<string>() == runId && j["lastState"]?.GetValue<string>() is "Succeeded" or "Failed",
            "the triggered plan review to finish");
        Assert.Equal("Succeeded", job["lastState"]!.GetValue<string>());
        return job["lastResult"]!.GetValue<string>();
    }
}
