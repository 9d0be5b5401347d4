using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Security;

/// <summary>
/// A record outside the caller's scope is not confirmed by where it is: registering or importing a national ID held
/// at a school of another township is refused in one wording that names neither the school nor the scope, and
/// nothing changes. Looking up another township or its school is a 404, audited as a refusal.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class OutOfScopeExistenceTests(EduReliefApp app)
{
    private const string Refusal = "this national ID cannot be registered from your account; if the student has moved to your school, the county office records the transfer";

    private readonly HttpClient _county = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    private async Task<(string TownshipA, string SchoolA, string TownshipB, string SchoolB, string StudentB, string NationalIdB, HttpClient Officer, string UserName)> TwoTownshipsAsync()
    {
        var (townshipA, schoolA) = await _county.TownshipWithSchoolAsync();
        var (townshipB, schoolB) = await _county.TownshipWithSchoolAsync();
        var nationalIdB = TestIds.NationalId();
        var studentB = await _county.StudentAsync(schoolB, nationalIdB);
        var (officer, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [townshipA]);
        return (townshipA, schoolA, townshipB, schoolB, studentB, nationalIdB, officer, userName);
    }

    [Fact]
    public async Task Registering_an_id_held_in_another_township_is_refused_without_saying_where_it_is()
    {
        var s = await TwoTownshipsAsync();

        var response = await s.Officer.RegisterAsync(StudentBody(s.SchoolA, s.NationalIdB));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var text = problem.ToJsonString();
        Assert.Contains(Refusal, text, StringComparison.Ordinal);
        Assert.DoesNotContain("already registered", text, StringComparison.Ordinal);
        Assert.DoesNotContain(s.SchoolB, text, StringComparison.Ordinal);
        Assert.Equal(s.SchoolB, (await _county.GetStudentAsync(s.StudentB)).Text("schoolCode"));
        Assert.Equal(1, await _county.CountByNationalIdAsync(s.NationalIdB));
    }

    [Fact]
    public async Task A_roster_dry_run_row_for_an_id_held_in_another_township_reads_the_same_refusal()
    {
        var s = await TwoTownshipsAsync();

        var response = await s.Officer.ImportRosterAsync(Csv(RosterHeader, RosterLine(s.NationalIdB, s.SchoolA, grade: 6)), dryRun: true);

        var report = await response.ShouldBeAsync(HttpStatusCode.OK);
        var error = Assert.Single(report["errors"]!.AsArray())!;
        Assert.Equal("national_id", error.Text("field"));
        Assert.Equal(Refusal, error.Text("message"));
        Assert.DoesNotContain("outside your scope", report.ToJsonString(), StringComparison.Ordinal);
        var student = await _county.GetStudentAsync(s.StudentB);
        Assert.Equal(s.SchoolB, student.Text("schoolCode"));
        Assert.Equal(3, student.Number("grade"));
    }

    [Fact]
    public async Task Another_townships_township_and_school_are_404_and_audited_as_refused()
    {
        var s = await TwoTownshipsAsync();

        var township = await (await s.Officer.GetAsync($"{Townships}/{s.TownshipB}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var school = await (await s.Officer.GetAsync($"{Schools}/{s.SchoolB}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var missing = await (await s.Officer.GetAsync($"{Townships}/NO-SUCH")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(missing.Text("title"), township.Text("title"));
        var entries = await _admin.AuditEntriesAsync($"user={Uri.EscapeDataString(s.UserName)}&module=Registry");
        Assert.Contains(entries, e => e.Text("outcome") == "Refused" && e.Text("records").Contains(s.TownshipB, StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Text("outcome") == "Refused" && e.Text("records").Contains(s.SchoolB, StringComparison.Ordinal));
        Assert.NotNull(school);
    }
}
