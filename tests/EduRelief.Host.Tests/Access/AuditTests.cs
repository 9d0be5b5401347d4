using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Access;

/// <summary>
/// The append-only audit log: who did what to which record, when, and how it ended — written for every command,
/// for sensitive reads, for refusals at the HTTP gate and for sign-ins; read by auditors and administrators only.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AuditTests(EduReliefApp app)
{
    private readonly HttpClient _county = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    private async Task<(string Township, string School, string Student)> StudentAsync()
    {
        var (township, school) = await _county.TownshipWithSchoolAsync();
        return (township, school, await _county.StudentAsync(school));
    }

    private static string Q(string value) => Uri.EscapeDataString(value);

    [Fact]
    public async Task Viewing_a_student_file_is_audited_with_the_viewer_and_the_student()
    {
        var (township, _, student) = await StudentAsync();
        var (officer, viewer) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        await officer.GetFileAsync(student);

        var entries = await _admin.AuditEntriesAsync($"user={Q(viewer)}&module=Registry");
        var entry = Assert.Single(entries, e => e.Text("action") == "GetStudentFileQuery");
        Assert.Equal(viewer, entry.Text("userName"));
        Assert.Equal("Registry", entry.Text("module"));
        Assert.Contains(student, entry.Text("records"), StringComparison.Ordinal);
        Assert.Equal("Succeeded", entry.Text("outcome"));
        Assert.True((TimeProvider.System.GetUtcNow().UtcDateTime - entry["atUtc"]!.GetValue<DateTime>()).Duration() < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_change_is_audited_as_succeeded_naming_the_student()
    {
        var (township, _, student) = await StudentAsync();
        var (officer, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        await (await officer.PatchJsonAsync($"{Students}/{student}", new { grade = 4, version = 1 })).ShouldBeAsync(HttpStatusCode.OK);

        var entry = Assert.Single(await _admin.AuditEntriesAsync($"user={Q(userName)}&record={Q(student)}"));
        Assert.Equal("UpdateStudentCommand", entry.Text("action"));
        Assert.Equal("Succeeded", entry.Text("outcome"));
    }

    [Fact]
    public async Task A_write_refused_for_role_is_audited_as_refused()
    {
        var (_, _, student) = await StudentAsync();
        var (auditor, auditorName) = app.CreateClientAs(Roles.Auditor);

        await (await auditor.PatchJsonAsync($"{Students}/{student}", new { grade = 6, version = 1 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var entry = Assert.Single(await _admin.AuditEntriesAsync($"user={Q(auditorName)}&module=Registry"));
        Assert.Equal("UpdateStudentCommand", entry.Text("action"));
        Assert.Equal("Refused", entry.Text("outcome"));
        Assert.Contains(student, entry.Text("records"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(entry.Text("detail")));
    }

    [Fact]
    public async Task A_read_refused_for_scope_is_audited_as_refused()
    {
        var (_, _, studentB) = await StudentAsync();
        var (townshipA, _) = await _county.TownshipWithSchoolAsync();
        var (officer, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [townshipA]);

        await (await officer.GetAsync($"{Students}/{studentB}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var entry = Assert.Single(await _admin.AuditEntriesAsync($"user={Q(userName)}&module=Registry"));
        Assert.Equal("ViewStudentQuery", entry.Text("action"));
        Assert.Equal("Refused", entry.Text("outcome"));
        Assert.Contains(studentB, entry.Text("records") + " " + entry["detail"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_refused_for_scope_is_found_by_the_student_it_aimed_at()
    {
        var (_, _, studentB) = await StudentAsync();
        var (townshipA, _) = await _county.TownshipWithSchoolAsync();
        var (officer, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [townshipA]);

        await (await officer.GetAsync($"{Students}/{studentB}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // An auditor asking "who tried to see this student?" filters by record.
        var entries = await _admin.AuditEntriesAsync($"record={Q(studentB)}");
        Assert.Contains(entries, e => e.Text("userName") == userName && e.Text("outcome") == "Refused");
    }

    [Fact]
    public async Task A_change_refused_for_scope_is_audited_as_refused_naming_the_student()
    {
        var (_, _, studentB) = await StudentAsync();
        var (townshipA, _) = await _county.TownshipWithSchoolAsync();
        var (officer, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [townshipA]);

        await (await officer.PatchJsonAsync($"{Students}/{studentB}", new { grade = 5, version = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var entry = Assert.Single(await _admin.AuditEntriesAsync($"user={Q(userName)}&record={Q(studentB)}"));
        Assert.Equal("UpdateStudentCommand", entry.Text("action"));
        Assert.Equal("Refused", entry.Text("outcome"));
    }

    [Fact]
    public async Task A_failed_change_is_audited_as_failed()
    {
        var (_, _, student) = await StudentAsync();
        var (officer, userName) = app.CreateClientAs(Roles.CountyOfficer);

        await (await officer.PatchJsonAsync($"{Students}/{student}", new { grade = 13, version = 1 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var entry = Assert.Single(await _admin.AuditEntriesAsync($"user={Q(userName)}&module=Registry"));
        Assert.Equal("UpdateStudentCommand", entry.Text("action"));
        Assert.Equal("Failed", entry.Text("outcome"));
    }

    [Fact]
    public async Task An_anonymous_request_is_audited_as_refused_by_the_host()
    {
        var marker = Guid.NewGuid().ToString();
        using var anonymous = app.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{Students}/{marker}")).StatusCode);

        var entry = Assert.Single(await _admin.AuditEntriesAsync($"module=Host&record={Q(marker)}"));
        Assert.Equal("anonymous", entry.Text("userName"));
        Assert.Equal($"GET {Students}/{marker}", entry.Text("action"));
        Assert.Equal("Refused", entry.Text("outcome"));
        Assert.Contains("401", entry.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_refused_at_the_gate_is_audited_as_refused_by_the_host_with_the_user()
    {
        var (officer, userName) = app.CreateClientAs(Roles.CountyOfficer);

        await (await officer.GetAsync("/api/admin/jobs")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var entry = Assert.Single(await _admin.AuditEntriesAsync($"user={Q(userName)}&module=Host"));
        Assert.Equal("GET /api/admin/jobs", entry.Text("action"));
        Assert.Equal("Refused", entry.Text("outcome"));
        Assert.Contains("403", entry.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_and_a_successful_sign_in_are_audited()
    {
        var userName = AccessApi.NewUserName("audited");
        await _admin.CreateUserAsync(userName, Roles.CountyOfficer);
        using var anonymous = app.CreateAnonymousClient();

        await (await anonymous.LoginAsync(userName, "Wrong-Pass-2026")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);

        var entries = await _admin.AuditEntriesAsync($"user={Q(userName)}&module=Access");
        Assert.Equal(["Succeeded", "Refused"], entries.Select(e => e.Text("outcome")));
        Assert.All(entries, e => Assert.Equal("Login", e.Text("action")));
        Assert.DoesNotContain("Wrong-Pass-2026", entries[1].ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_typed_in_other_capitals_is_logged_under_the_accounts_name()
    {
        var userName = AccessApi.NewUserName("caps");
        await _admin.CreateUserAsync(userName, Roles.CountyOfficer);
        using var anonymous = app.CreateAnonymousClient();

        // Identity matches user names without regard to case, so this attempt counts against the account's lockout.
        await (await anonymous.LoginAsync(userName.ToUpperInvariant(), "Wrong-Pass-2026")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.LoginAsync(userName.ToUpperInvariant(), EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);

        var entries = await _admin.AuditEntriesAsync($"user={Q(userName)}&module=Access");
        Assert.Equal(["Succeeded", "Refused"], entries.Select(e => e.Text("outcome")));
    }

    [Fact]
    public async Task Audit_times_are_marked_as_utc()
    {
        var (officer, userName) = app.CreateClientAs(Roles.CountyOfficer);
        await (await officer.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK);

        var entry = (await _admin.AuditEntriesAsync($"user={Q(userName)}"))[0];

        var at = entry.Text("atUtc");
        Assert.True(at.EndsWith('Z') || at.EndsWith("+00:00", StringComparison.Ordinal), $"atUtc '{at}' does not say it is UTC");
    }

    [Fact]
    public async Task A_sign_in_as_an_unknown_user_is_audited()
    {
        var userName = AccessApi.NewUserName("unknown");
        using var anonymous = app.CreateAnonymousClient();

        await (await anonymous.LoginAsync(userName, "Wrong-Pass-2026")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var entry = Assert.Single(await _admin.AuditEntriesAsync($"user={Q(userName)}"));
        Assert.Equal("Access", entry.Text("module"));
        Assert.Equal("Login", entry.Text("action"));
        Assert.Equal("Refused", entry.Text("outcome"));
    }

    [Fact]
    public async Task Creating_a_user_is_audited_with_the_admin_and_the_new_user()
    {
        var userName = AccessApi.NewUserName("newbie");

        await _admin.CreateUserAsync(userName, Roles.Auditor);

        var entry = Assert.Single(await _admin.AuditEntriesAsync($"record={Q(userName)}&module=Access&user={Q(EduReliefApp.AdminUser)}"));
        Assert.Equal("CreateUserCommand", entry.Text("action"));
        Assert.Equal("Succeeded", entry.Text("outcome"));
        Assert.DoesNotContain(EduReliefApp.UserPassword, entry.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filters_narrow_by_user_module_record_and_day()
    {
        var (township, _, student) = await StudentAsync();
        var (officer, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);
        await officer.GetFileAsync(student);
        await (await officer.PatchJsonAsync($"{Students}/{student}", new { grade = 4, version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        await (await officer.GetAsync(AccessApi.Audit)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var byUser = await _admin.AuditEntriesAsync($"user={Q(userName)}");
        Assert.Equal(["Login", "GetStudentFileQuery", "UpdateStudentCommand", "ListAuditEntriesQuery"], byUser.Select(e => e.Text("action")).Reverse());
        Assert.All(byUser, e => Assert.Equal(userName, e.Text("userName")));

        var byModule = await _admin.AuditEntriesAsync($"user={Q(userName)}&module=Access");
        Assert.Equal(["ListAuditEntriesQuery", "Login"], byModule.Select(e => e.Text("action")));

        var byRecord = await _admin.AuditEntriesAsync($"record={Q(student)}");
        Assert.All(byRecord, e => Assert.Contains(student, e.Text("records"), StringComparison.Ordinal));
        Assert.Contains(byRecord, e => e.Text("action") == "GetStudentFileQuery" && e.Text("userName") == userName);
        Assert.Contains(byRecord, e => e.Text("action") == "UpdateStudentCommand" && e.Text("userName") == userName);

        // Days are the county's (Asia/Shanghai), whatever the UTC date of the entries.
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(byUser[0]["atUtc"]!.GetValue<DateTime>(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(4, (await _admin.AuditEntriesAsync($"user={Q(userName)}&from={Day(day.AddDays(-1))}&to={Day(day.AddDays(1))}")).Count);
        Assert.Equal(4, (await _admin.AuditEntriesAsync($"user={Q(userName)}&from={Day(day)}&to={Day(day)}")).Count);
        Assert.Empty(await _admin.AuditEntriesAsync($"user={Q(userName)}&from={Day(day.AddDays(1))}"));
        Assert.Empty(await _admin.AuditEntriesAsync($"user={Q(userName)}&to={Day(day.AddDays(-1))}"));
    }

    [Fact]
    public async Task The_log_pages_newest_first()
    {
        var (township, _, student) = await StudentAsync();
        var (officer, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);
        for (var grade = 4; grade <= 6; grade++)
        {
            await (await officer.PatchJsonAsync($"{Students}/{student}", new { grade, version = grade - 3 })).ShouldBeAsync(HttpStatusCode.OK);
        }

        var first = await _admin.AuditPageAsync($"user={Q(userName)}&module=Registry&page=1&pageSize=2");
        var second = await _admin.AuditPageAsync($"user={Q(userName)}&module=Registry&page=2&pageSize=2");

        Assert.Equal(3, first.Number("total"));
        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.Single(second["items"]!.AsArray());
        var ids = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(e => e!["id"]!.GetValue<long>()).ToList();
        Assert.Equal(ids.OrderDescending(), ids);
    }

    [Fact]
    public async Task From_after_to_is_refused_naming_from()
    {
        var problem = await (await _admin.GetAsync($"{AccessApi.Audit}?from=2026-02-01&to=2026-01-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors("from"));
    }

    [Fact]
    public async Task An_auditor_reads_the_log()
    {
        var (auditor, auditorName) = app.CreateClientAs(Roles.Auditor);

        var page = await auditor.AuditPageAsync($"user={Q(auditorName)}&module=Access");

        // Their own sign-in is there.
        Assert.Contains(page["items"]!.AsArray(), e => e!.Text("action") == "Login" && e.Text("outcome") == "Succeeded");
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    [InlineData("POST")]
    public async Task Nobody_can_change_or_delete_the_log(string method)
    {
        var newest = (await _admin.AuditPageAsync("pageSize=1"))["items"]![0]!;
        var id = newest["id"]!.GetValue<long>();

        foreach (var path in new[] { AccessApi.Audit, $"{AccessApi.Audit}/{id}" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            var response = await _admin.SendAsync(request);
            Assert.True(
                response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound,
                $"{method} {path} answered {(int)response.StatusCode}");
        }

        var still = (await _admin.AuditEntriesAsync($"user={Q(newest.Text("userName"))}")).Single(e => e["id"]!.GetValue<long>() == id);
        Assert.True(JsonNode.DeepEquals(newest, still));
    }

    [Fact]
    public void The_routing_table_has_only_a_get_for_the_audit_log()
    {
        var methods = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.PathSegments.SelectMany(s => s.Parts).OfType<RoutePatternLiteralPart>().Any(p => p.Content.Contains("audit", StringComparison.OrdinalIgnoreCase)))
            // The console's audit page: Blazor maps every page for POST too (form posts), but it has no form to post.
            .Where(e => !e.Metadata.Any(m => m.GetType().Name == "ComponentTypeMetadata"))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
            .Distinct()
            .ToList();

        Assert.Equal(["GET"], methods);
    }
}
