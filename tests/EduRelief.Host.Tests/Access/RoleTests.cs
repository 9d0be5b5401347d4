using System.Net;
using System.Net.Http.Json;
using System.Text;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Access;

/// <summary>
/// What each role may do: auditors read everything and change nothing, county IT runs the system but sees no student
/// data, county officers see all data but not the system, module staff change only their module's data.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RoleTests(EduReliefApp app)
{
    private const string LedgerRefresh = "registry:ledger-refresh";

    private readonly HttpClient _county = app.CreateClient();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<(string Township, string School, string Student)> StudentAsync()
    {
        var (township, school) = await _county.TownshipWithSchoolAsync();
        return (township, school, await _county.StudentAsync(school));
    }

    [Fact]
    public async Task An_auditor_reads_students_schools_and_student_files()
    {
        var (_, school, student) = await StudentAsync();
        var (auditor, _) = app.CreateClientAs(Roles.Auditor);

        Assert.Equal([student], (await auditor.FindStudentsAsync($"schoolCode={school}"))["items"].Strings("id"));
        await auditor.GetStudentAsync(student);
        await auditor.GetFileAsync(student);
        await (await auditor.GetAsync($"{Schools}/{school}")).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_auditor_adding_a_township_is_403_and_nothing_is_added()
    {
        var (auditor, _) = app.CreateClientAs(Roles.Auditor);
        var code = TestIds.Code("T");

        await (await auditor.PostJsonAsync(Townships, new { code, name = "审计镇" + code })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        await (await _county.GetAsync($"{Townships}/{code}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_auditor_changing_a_student_is_403_and_nothing_changes()
    {
        var (_, _, student) = await StudentAsync();
        var (auditor, _) = app.CreateClientAs(Roles.Auditor);

        await (await auditor.PatchJsonAsync($"{Students}/{student}", new { grade = 6, version = 1 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var read = await _county.GetStudentAsync(student);
        Assert.Equal(3, read.Number("grade"));
        Assert.Equal(1, read.Number("version"));
    }

    [Fact]
    public async Task An_auditor_importing_a_roster_is_403_and_nobody_is_registered()
    {
        var (_, school, _) = await StudentAsync();
        var (auditor, _) = app.CreateClientAs(Roles.Auditor);
        var nationalId = TestIds.NationalId();

        await (await auditor.ImportRosterAsync(Csv(RosterHeader, RosterLine(nationalId, school)))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(0, await _county.CountByNationalIdAsync(nationalId));
    }

    [Fact]
    public async Task An_auditor_registering_a_student_is_403()
    {
        var (_, school, _) = await StudentAsync();
        var (auditor, _) = app.CreateClientAs(Roles.Auditor);
        var nationalId = TestIds.NationalId();

        await (await auditor.RegisterAsync(StudentBody(school, nationalId))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(0, await _county.CountByNationalIdAsync(nationalId));
    }

    [Fact]
    public async Task An_auditor_reads_the_audit_log_and_the_admin_pages_but_may_not_change_jobs()
    {
        var (auditor, _) = app.CreateClientAs(Roles.Auditor);

        await (await auditor.GetAsync(AccessApi.Audit)).ShouldBeAsync(HttpStatusCode.OK);
        await (await auditor.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK);
        await (await auditor.GetAsync("/api/admin/modules")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PutAsync($"/api/admin/jobs/{LedgerRefresh}", Json("""{"cron":"5 4 * * *"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync($"/api/admin/jobs/{LedgerRefresh}/trigger", null)).StatusCode);
        Assert.Equal("0 2 * * *", await CronAsync());
    }

    [Fact]
    public async Task An_admin_sees_no_student_data()
    {
        var (_, school, student) = await StudentAsync();
        using var admin = app.CreateAdminClient();

        await (await admin.GetAsync(Students)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.GetAsync($"{Students}?schoolCode={school}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.GetAsync($"{Students}/{student}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.GetAsync($"{Students}/{student}/file")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.GetAsync(Schools)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_changes_no_student_data()
    {
        var (_, school, student) = await StudentAsync();
        using var admin = app.CreateAdminClient();
        var nationalId = TestIds.NationalId();

        await (await admin.PatchJsonAsync($"{Students}/{student}", new { grade = 6, version = 1 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await admin.RegisterAsync(StudentBody(school, nationalId))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(3, (await _county.GetStudentAsync(student)).Number("grade"));
        Assert.Equal(0, await _county.CountByNationalIdAsync(nationalId));
    }

    [Fact]
    public async Task An_admin_lists_jobs_and_changes_a_cron()
    {
        using var admin = app.CreateAdminClient();

        await (await admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK);
        try
        {
            var changed = await (await admin.PutAsync($"/api/admin/jobs/{LedgerRefresh}", Json("""{"cron":"15 3 * * *"}"""))).ShouldBeAsync(HttpStatusCode.OK);
            Assert.Equal("15 3 * * *", changed.Text("cron"));
        }
        finally
        {
            (await admin.PutAsync($"/api/admin/jobs/{LedgerRefresh}", Json("""{"cron":"0 2 * * *"}"""))).EnsureSuccessStatusCode();
        }

        await (await admin.GetAsync(AccessApi.Audit)).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_county_officer_does_not_run_the_system()
    {
        await (await _county.GetAsync("/api/admin/jobs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _county.GetAsync("/api/admin/modules")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _county.PutAsync($"/api/admin/jobs/{LedgerRefresh}", Json("""{"cron":"5 4 * * *"}"""))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _county.PostAsync($"/api/admin/jobs/{LedgerRefresh}/trigger", null)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal("0 2 * * *", await CronAsync());
    }

    [Fact]
    public async Task A_county_officer_does_not_read_the_audit_log_or_the_users()
    {
        await (await _county.GetAsync(AccessApi.Audit)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await _county.GetAsync(AccessApi.Users)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(Roles.TownshipOfficer)]
    [InlineData(Roles.SchoolStaff)]
    public async Task Township_and_school_staff_do_not_read_the_audit_log(string role)
    {
        var (township, school) = await _county.TownshipWithSchoolAsync();
        var (client, _) = role == Roles.TownshipOfficer
            ? app.CreateClientAs(role, townships: [township])
            : app.CreateClientAs(role, schools: [school]);

        await (await client.GetAsync(AccessApi.Audit)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/admin/jobs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Registry_module_staff_add_a_township()
    {
        var (staff, _) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Registry"]);
        var code = TestIds.Code("T");

        await (await staff.PostJsonAsync(Townships, new { code, name = "模块镇" + code })).ShouldBeAsync(HttpStatusCode.Created);

        await (await _county.GetAsync($"{Townships}/{code}")).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Subsidies_module_staff_read_every_student_but_change_no_registry_data()
    {
        var (_, school, student) = await StudentAsync();
        var (staff, _) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Subsidies"]);
        var code = TestIds.Code("T");

        await (await staff.PostJsonAsync(Townships, new { code, name = "补助镇" + code })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await staff.PatchJsonAsync($"{Students}/{student}", new { grade = 6, version = 1 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal([student], (await staff.FindStudentsAsync($"schoolCode={school}"))["items"].Strings("id"));
        await staff.GetStudentAsync(student);
        await (await _county.GetAsync($"{Townships}/{code}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(3, (await _county.GetStudentAsync(student)).Number("grade"));
    }

    [Fact]
    public async Task Module_staff_do_not_reach_the_users_or_the_admin_pages()
    {
        var (staff, userName) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Registry"]);

        await (await staff.PostJsonAsync(AccessApi.Users, new { userName = AccessApi.NewUserName("ms"), password = EduReliefApp.UserPassword, roles = new[] { Roles.Admin } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await staff.PutAsJsonAsync(AccessApi.Access(userName), new { roles = new[] { Roles.CountyOfficer } })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await staff.GetAsync("/api/admin/jobs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Access_module_staff_still_may_not_administer_users()
    {
        var (staff, _) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Access"]);
        var userName = AccessApi.NewUserName("via-module");

        await (await staff.PostJsonAsync(AccessApi.Users, new { userName, password = EduReliefApp.UserPassword, roles = new[] { Roles.Admin } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        using var admin = app.CreateAdminClient();
        Assert.False(await admin.UserExistsAsync(userName));
    }

    private async Task<string> CronAsync()
    {
        using var admin = app.CreateAdminClient();
        var jobs = (await (await admin.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        return jobs.Single(j => j!.Text("id") == LedgerRefresh)!.Text("cron");
    }
}
