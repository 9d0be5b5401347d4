using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>The risk job scores compulsory-stage students from the other modules' signals and its own cases; <c>/risk</c> ranks them.</summary>
[Collection(HostCollection.Name)]
public sealed class RiskScoresTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    [Fact]
    public async Task A_student_with_every_signal_gets_the_sum_of_the_default_weights_and_is_ranked_first_with_the_signals_listed()
    {
        var jobs = (await (await _admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        Assert.Contains(jobs, j => j.Text("id") == RiskApi.JobId);
        var (township, first) = await _officer.TownshipWithSchoolAsync();
        var school = await _officer.SchoolAsync(township);
        var atRisk = await _officer.RiskStudentAsync(first, RiskApi.BornYearsAgo(12), ["RegisteredPoorHousehold"], leftBehind: true, disability: "Hearing");
        await (await _officer.PatchJsonAsync($"{RegistryApi.Students}/{atRisk.Text("id")}", new { schoolCode = school, effectiveOn = SpecialNeedsApi.DaysAgo(30), version = 1 }))
            .ShouldBeAsync(HttpStatusCode.OK);
        var (_, opened) = await _officer.CaseAsync(school);
        var closedCase = await (await _officer.OpenAsync(atRisk.Text("nationalId"))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.CloseAsync(closedCase.Text("id"), "Other", SpecialNeedsApi.DaysAgo(5))).ShouldBeAsync(HttpStatusCode.OK);
        var leftOnly = await _officer.RiskStudentAsync(school, RiskApi.BornYearsAgo(9), leftBehind: true);
        var none = await _officer.RiskStudentAsync(school, RiskApi.BornYearsAgo(9));

        var report = await app.RunJobAsync(_admin, RiskApi.JobId);

        Assert.StartsWith("评估学生", report, StringComparison.Ordinal);
        var ranked = await _officer.ItemsAsync($"{RiskApi.Risk}?schoolCode={school}");
        Assert.Equal(atRisk.Text("nationalId"), ranked[0].Text("nationalId"));
        Assert.Equal(20 + 15 + 25 + 20 + 15 + 30, ranked[0].Number("score"));
        Assert.Equal(["DisabledUnplaced", "Hardship", "LeftBehind", "OverAge", "RecentCase", "SchoolChanges"], ranked[0].Signals());
        Assert.Equal(school, ranked[0].Text("schoolCode"));
        var left = Assert.Single(ranked, r => r.Text("nationalId") == leftOnly.Text("nationalId"));
        Assert.Equal(15, left.Number("score"));
        Assert.Equal(["LeftBehind"], left.Signals());
        Assert.DoesNotContain(ranked, r => r.Text("nationalId") == none.Text("nationalId"));
        Assert.Equal("Confirmed", (await _officer.GetCaseAsync(opened.Text("id"))).Text("stage"));
    }

    [Fact]
    public async Task A_second_run_with_nothing_new_writes_nothing_and_a_changed_signal_rescores_one()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var student = await _officer.RiskStudentAsync(school, RiskApi.BornYearsAgo(9), ["SubsistenceAllowance"], leftBehind: true);
        await app.RunJobAsync(_admin, RiskApi.JobId);
        var scored = await _officer.RiskOfAsync(school, student.Text("nationalId"));

        Assert.Contains("新增风险评分 0 个，更新 0 个，撤销 0 个", await app.RunJobAsync(_admin, RiskApi.JobId), StringComparison.Ordinal);
        Assert.Equal(scored!.ToJsonString(), (await _officer.RiskOfAsync(school, student.Text("nationalId")))!.ToJsonString());

        await (await _officer.PatchJsonAsync($"{RegistryApi.Students}/{student.Text("id")}", new { leftBehind = false, version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Contains("新增风险评分 0 个，更新 1 个，撤销 0 个", await app.RunJobAsync(_admin, RiskApi.JobId), StringComparison.Ordinal);
        var rescored = await _officer.RiskOfAsync(school, student.Text("nationalId"));
        Assert.Equal(20, rescored!.Number("score"));
        Assert.Equal(["Hardship"], rescored!.Signals());
    }

    [Fact]
    public async Task Two_runs_at_once_keep_one_score_for_a_student()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var student = await _officer.RiskStudentAsync(school, RiskApi.BornYearsAgo(9), leftBehind: true);

        await Task.WhenAll(app.RunJobAsync(_admin, RiskApi.JobId), app.RunJobAsync(_admin, RiskApi.JobId));

        var scores = await _officer.ItemsAsync($"{RiskApi.Risk}?schoolCode={school}");
        Assert.Single(scores, r => r.Text("nationalId") == student.Text("nationalId"));
    }

    [Fact]
    public async Task A_school_outside_the_callers_township_is_a_404_and_its_students_are_not_listed()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var student = await _officer.RiskStudentAsync(school, RiskApi.BornYearsAgo(9), leftBehind: true);
        await app.RunJobAsync(_admin, RiskApi.JobId);
        var elsewhere = await _officer.TownshipAsync();
        var stranger = app.CreateClientAs(Roles.TownshipOfficer, townships: [elsewhere]).Client;

        await (await stranger.GetAsync($"{RiskApi.Risk}?schoolCode={school}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(await stranger.ItemsAsync($"{RiskApi.Risk}?pageSize=500"), r => r.Text("schoolCode") == school);
        Assert.NotNull(await _officer.RiskOfAsync(school, student.Text("nationalId")));
    }

    [Fact]
    public async Task An_unknown_school_code_or_signal_is_a_400_naming_the_field()
    {
        var problem = await (await _officer.GetAsync($"{RiskApi.Risk}?schoolCode=NO-SUCH-SCHOOL")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("NO-SUCH-SCHOOL", Assert.Single(problem.FieldErrors("schoolCode")), StringComparison.Ordinal);

        var signal = await (await _officer.GetAsync($"{RiskApi.Risk}?signal=Laziness")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(signal.FieldErrors("signal"));
    }
}
