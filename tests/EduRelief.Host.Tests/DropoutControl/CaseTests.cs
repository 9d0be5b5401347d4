using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>A case's life from detection to Closed: attempts, the notice, owners kept as history, stages forward only, the student back at school in the Registry, every step in the student file.</summary>
[Collection(HostCollection.Name)]
public sealed class CaseTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_case_from_detection_to_return_restores_the_Registry_status_and_fills_the_student_file()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var other = await _officer.SchoolAsync(township);
        var nationalId = await _officer.RegistryStudentAsync(school);
        var student = Assert.Single(await _officer.ItemsAsync($"/api/registry/students?nationalId={nationalId}"));
        var studentId = student.Text("id");
        await (await _officer.PatchJsonAsync($"/api/registry/students/{studentId}", new { status = "DroppedOut", effectiveOn = SpecialNeedsApi.DaysAgo(70), version = student["version"]!.GetValue<int>() })).ShouldBeAsync(HttpStatusCode.OK);

        var opened = await (await _officer.OpenAsync(nationalId, stage: "Suspected")).ShouldBeAsync(HttpStatusCode.Created);
        var id = opened.Text("id");
        Assert.Equal("Suspected", opened.Text("stage"));
        Assert.Equal(["Learning", "Financial"], opened["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));
        await (await _officer.StageAsync(id, "Confirmed", SpecialNeedsApi.DaysAgo(55))).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.AttemptAsync(id, SpecialNeedsApi.DaysAgo(50))).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal("Persuading", (await _officer.GetCaseAsync(id)).Text("stage"));
        await (await _officer.NoticeAsync(id, SpecialNeedsApi.DaysAgo(45), SpecialNeedsApi.DaysAgo(30))).ShouldBeAsync(HttpStatusCode.OK);
        Assert.True((await _officer.GetCaseAsync(id))["overdue"]!.GetValue<bool>());
        await (await _officer.OwnersAsync(id, SpecialNeedsApi.DaysAgo(20), new { education = new { classTeacher = "班主任 周" } })).ShouldBeAsync(HttpStatusCode.OK);

        var returned = await (await _officer.CloseAsync(id, "Returned", SpecialNeedsApi.DaysAgo(10), schoolCode: other)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("Observed", returned.Text("stage"));
        Assert.Equal("Returned", returned.Text("outcome"));
        Assert.False(returned["overdue"]!.GetValue<bool>());
        Assert.Equal(SpecialNeedsApi.Day(SpecialNeedsApi.Today.AddDays(-10).AddMonths(6)), returned.Text("observedUntil"));
        var full = await _officer.GetCaseAsync(id);
        var teachers = full["owners"]!.AsArray().Where(o => o.Text("role") == "ClassTeacher").ToList();
        Assert.Equal(["班主任 孙", "班主任 周"], teachers.Select(t => t.Text("name")));
        Assert.Equal(SpecialNeedsApi.DaysAgo(21), teachers[0].Text("to"));
        Assert.Single(full["attempts"]!.AsArray());
        var restored = await Eventually.MatchAsync(
            async () => await _officer.GetStudentAsync(studentId), s => s.Text("status") == "Enrolled", "the student Enrolled again in the Registry");
        Assert.Equal(other, restored.Text("schoolCode"));
        var file = await Eventually.MatchAsync(
            async () => (await _officer.GetFileAsync(studentId))["entries"]!.AsArray().Where(e => e!["sourceModule"]?.GetValue<string>() == "DropoutControl").ToList(),
            e => e.Count == full["steps"]!.AsArray().Count,
            "every step of the case in the student file");
        Assert.Equal(7, file.Count);
        Assert.Contains(file, e => e!.Text("kind") == "DropoutReturned");
        await (await _officer.StageAsync(id, "Closed", SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Other_outcomes_close_the_case_at_once_and_a_new_case_may_then_be_opened()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (nationalId, opened) = await _officer.CaseAsync(school);

        var closed = await (await _officer.CloseAsync(opened.Text("id"), "Exempted", SpecialNeedsApi.DaysAgo(5), approval: "县教育局 2026-12 号批复")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("Closed", closed.Text("stage"));
        Assert.Equal(SpecialNeedsApi.DaysAgo(5), closed.Text("closedOn"));
        await (await _officer.OpenAsync(nationalId, detectedOn: SpecialNeedsApi.DaysAgo(1))).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(2, (await _officer.ItemsAsync($"{DropoutControlApi.Cases}?nationalId={nationalId}")).Count);
    }

    [Fact]
    public async Task Cases_are_listed_by_status_township_school_and_overdue()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var (_, late) = await _officer.CaseAsync(school);
        var (_, suspected) = await _officer.CaseAsync(school, stage: "Suspected");
        await (await _officer.NoticeAsync(late.Text("id"), SpecialNeedsApi.DaysAgo(40), SpecialNeedsApi.DaysAgo(3))).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(2, (await _officer.ItemsAsync($"{DropoutControlApi.Cases}?townshipCode={township}")).Count);
        Assert.Equal(2, (await _officer.ItemsAsync($"{DropoutControlApi.Cases}?schoolCode={school}")).Count);
        Assert.Equal(suspected.Text("id"), Assert.Single(await _officer.ItemsAsync($"{DropoutControlApi.Cases}?schoolCode={school}&status=Suspected")).Text("id"));
        Assert.Equal(late.Text("id"), Assert.Single(await _officer.ItemsAsync($"{DropoutControlApi.Cases}?schoolCode={school}&overdue=true")).Text("id"));
        Assert.Equal(suspected.Text("id"), Assert.Single(await _officer.ItemsAsync($"{DropoutControlApi.Cases}?schoolCode={school}&overdue=false")).Text("id"));
        await (await _officer.GetAsync($"{DropoutControlApi.Cases}?status=Gone")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_case_outside_the_callers_scope_is_a_404_to_read_and_to_change()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (nationalId, opened) = await _officer.CaseAsync(school);
        var (elsewhere, _) = await _officer.TownshipWithSchoolAsync();
        var stranger = app.CreateClientAs(Roles.TownshipOfficer, townships: [elsewhere]).Client;
        var id = opened.Text("id");

        await (await stranger.GetAsync($"{DropoutControlApi.Cases}/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.AttemptAsync(id, SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.CloseAsync(id, "Other", SpecialNeedsApi.DaysAgo(1))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await stranger.ItemsAsync($"{DropoutControlApi.Cases}?nationalId={nationalId}"));
        var staff = app.CreateClientAs(Roles.SchoolStaff, schools: [school]).Client;
        Assert.Single(await staff.ItemsAsync($"{DropoutControlApi.Cases}?nationalId={nationalId}"));
        await (await staff.AttemptAsync(id, SpecialNeedsApi.DaysAgo(1))).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Single((await _officer.GetCaseAsync(id))["attempts"]!.AsArray());
    }

    [Fact]
    public async Task Commands_are_audited_with_masked_records()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var (staff, userName) = app.CreateClientAs(Roles.ModuleStaff, modules: ["DropoutControl"]);
        var nationalId = await _officer.RegistryStudentAsync(school);
        await (await staff.OpenAsync(nationalId)).ShouldBeAsync(HttpStatusCode.Created);

        var entries = await app.CreateAdminClient().AuditEntriesAsync($"user={Uri.EscapeDataString(userName)}&module=DropoutControl");

        var opened = Assert.Single(entries, e => e.Text("action") == "OpenCaseCommand");
        Assert.Equal("Succeeded", opened.Text("outcome"));
        Assert.Contains("********", opened.Text("records"), StringComparison.Ordinal);
    }
}
