using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>The dropout ledger's refresh: listed, idempotent and safe twice at once; it opens, proposes and reports.</summary>
[Collection(HostCollection.Name)]
public sealed class LedgerRefreshTests(EduReliefApp app)
{
    private const string JobId = "dropout-control:ledger-refresh";
    private readonly HttpClient _officer = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    [Fact]
    public async Task Two_runs_at_once_open_one_suspected_case_for_a_Registry_dropout_and_a_third_opens_nothing()
    {
        var jobs = (await (await _admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        Assert.Contains(jobs, j => j.Text("id") == JobId);
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var nationalId = await _officer.RegistryStudentAsync(school);
        var student = Assert.Single(await _officer.ItemsAsync($"/api/registry/students?nationalId={nationalId}"));
        var change = new { status = "DroppedOut", effectiveOn = SpecialNeedsApi.DaysAgo(15), version = student["version"]!.GetValue<int>() };
        await (await _officer.PatchJsonAsync($"/api/registry/students/{student.Text("id")}", change)).ShouldBeAsync(HttpStatusCode.OK);

        var reports = await Task.WhenAll(app.RunJobAsync(_admin, JobId), app.RunJobAsync(_admin, JobId));

        var found = Assert.Single(await _officer.ItemsAsync($"{DropoutControlApi.Cases}?nationalId={nationalId}"));
        Assert.Equal("Suspected", found.Text("stage"));
        Assert.True(found["unassigned"]!.GetValue<bool>());
        Assert.Equal(SpecialNeedsApi.DaysAgo(15), found.Text("detectedOn"));
        Assert.Contains(reports, r => r.StartsWith("新开疑似辍学案件 0 个", StringComparison.Ordinal));
        Assert.StartsWith("新开疑似辍学案件 0 个", await app.RunJobAsync(_admin, JobId), StringComparison.Ordinal);
        Assert.Single(await _officer.ItemsAsync($"{DropoutControlApi.Cases}?nationalId={nationalId}"));
    }

    [Fact]
    public async Task A_case_whose_student_is_Enrolled_again_is_proposed_for_Returned()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (_, opened) = await _officer.CaseAsync(school);

        await app.RunJobAsync(_admin, JobId);

        Assert.Equal(SpecialNeedsApi.Day(SpecialNeedsApi.Today), (await _officer.GetCaseAsync(opened.Text("id"))).Text("returnProposedOn"));
        Assert.Equal("Confirmed", (await _officer.GetCaseAsync(opened.Text("id"))).Text("stage"));
    }
}
