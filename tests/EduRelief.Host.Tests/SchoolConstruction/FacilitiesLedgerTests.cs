using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.SchoolConstruction;

/// <summary>The facilities ledger follows the Registry's new schools through the inbox and is rebuilt by its job, idempotently.</summary>
[Collection(HostCollection.Name)]
public sealed class FacilitiesLedgerTests(EduReliefApp app)
{
    private const string JobId = "school-construction:facilities-refresh";

    private readonly HttpClient _officer = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    [Fact]
    public async Task A_school_new_to_the_Registry_is_listed_as_having_no_equipment_recorded()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();

        var row = await Eventually.MatchAsync(
            () => RowAsync(township, school, "noEquipment=true"),
            r => r is not null,
            "the new school in the facilities ledger");

        Assert.Null(row!["equipmentAsOf"]);
        Assert.Equal("Rural", row.Text("location"));
    }

    [Fact]
    public async Task The_refresh_counts_each_schools_facilities_and_two_runs_at_once_leave_the_same_ledger()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var dangerous = await _officer.BuildingAsync(school, floorArea: 300.25m);
        await _officer.AppraiseAsync(dangerous, ConstructionApi.DaysAgo(30), "D");
        var overdue = await _officer.BuildingAsync(school, floorArea: 100m);
        await _officer.AppraiseAsync(overdue, ConstructionApi.Day(ConstructionApi.Today.AddYears(-6)), "B");
        var project = await _officer.ProjectAsync(school);
        await _officer.CompleteAsync(project, ConstructionApi.DaysAgo(100), ConstructionApi.DaysAgo(90), ConstructionApi.DaysAgo(10), actualSeats: 200);
        await (await _officer.PutEquipmentAsync(school, ConstructionApi.DaysAgo(400), 10, 2)).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.PutEquipmentAsync(school, ConstructionApi.DaysAgo(3), 10, 8, onlineClassrooms: 1)).ShouldBeAsync(HttpStatusCode.OK);

        var results = await Task.WhenAll(RunAsync(), RunAsync());

        // Jobs report in the county's language; the run that waited for the other's lock found nothing left to change.
        Assert.All(results, r => Assert.Contains("所学校", r));
        Assert.Contains(results, r => r.Contains("，0 项更新", StringComparison.Ordinal));
        var row = (await RowAsync(township, school))!;
        Assert.Equal(2, row.Number("buildings"));
        Assert.Equal(1, row.Number("dGradeBuildings"));
        Assert.Equal(300.25m, row.Decimal("dGradeArea"));
        Assert.Equal(1, row.Number("overdueAppraisals"));
        Assert.Equal(200, row.Number("seats"));
        Assert.Equal(ConstructionApi.DaysAgo(3), row.Text("equipmentAsOf"));
        Assert.Equal(8, row.Number("multimediaClassrooms"));
        Assert.Equal(1, row.Number("onlineClassrooms"));

        await RunAsync();
        Assert.Equal(row.Text("refreshedAt"), (await RowAsync(township, school))!.Text("refreshedAt"));
        Assert.Contains(school, (await (await _officer.GetAsync($"{ConstructionApi.Facilities}?townshipCode={township}&dGrade=true")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Select(r => r.Text("schoolCode")));
    }

    [Fact]
    public async Task The_admin_sees_the_job_listed_with_the_module()
    {
        var jobs = (await (await _admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();

        Assert.Contains(jobs, j => j.Text("id") == JobId);
    }

    private async Task<JsonNode?> RowAsync(string township, string school, string filter = "")
    {
        var page = await (await _officer.GetAsync($"{ConstructionApi.Facilities}?townshipCode={township}&{filter}")).ShouldBeAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().SingleOrDefault(r => r.Text("schoolCode") == school);
    }

    /// <summary>Triggers a run and waits for it (by its own id, so two runs at once are each awaited); returns its report.</summary>
    private async Task<string> RunAsync()
    {
        var trigger = await (await _admin.PostAsync($"/api/admin/jobs/{JobId}/trigger", null)).ShouldBeAsync(HttpStatusCode.Accepted);
        var runId = trigger["backgroundJobId"]!.GetValue<string>();
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var state = await Eventually.MatchAsync(
            () => Task.FromResult(monitoring.JobDetails(runId)?.History.FirstOrDefault()),
            s => s?.StateName is "Succeeded" or "Failed",
            "the triggered facilities refresh to finish",
            60);
        Assert.Equal("Succeeded", state!.StateName);
        return state.Data.TryGetValue("Result", out var result) ? result : string.Empty;
    }
}
