using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Vocational;

/// <summary>The module's database (a SQLite file or a PostgreSQL schema), its switch, its audit and its rights.</summary>
[Collection(HostCollection.Name)]
public sealed class VocationalStorageTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    [Fact]
    public async Task Health_reports_the_vocational_database_ready()
    {
        var health = await (await _officer.GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("Ready", health["modules"]!["Vocational"]!.GetValue<string>());
#if POSTGRESQL
        Assert.True(await app.HasSchemaAsync("vocational"));
#else
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "vocational.db")));
#endif
    }

    [Fact]
    public async Task Switched_off_the_module_answers_nothing()
    {
        using var off = new EduReliefApp(new Dictionary<string, string?> { ["Modules:Vocational:Enabled"] = "false" });
        var client = off.CreateClient();

        await (await client.GetAsync(VocationalApi.Enrolments)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var health = await (await client.GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Null(health["modules"]!["Vocational"]);
    }

    [Fact]
    public async Task Commands_are_audited_with_masked_records_and_a_refused_enrolment_as_failed()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (staff, userName) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Vocational"]);
        var (_, nationalId) = await _officer.RegistryStudentAsync(school);
        await (await staff.EnrolAsync(nationalId, specialty)).ShouldBeAsync(HttpStatusCode.Created);
        await (await staff.EnrolAsync(TestIds.NationalId(), specialty)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var entries = await _admin.AuditEntriesAsync($"user={Uri.EscapeDataString(userName)}&module=Vocational");

        var enrolled = Assert.Single(entries, e => e.Text("action") == "EnrolCommand" && e.Text("outcome") == "Succeeded");
        Assert.Contains("********", enrolled.Text("records"), StringComparison.Ordinal);
        Assert.DoesNotContain(nationalId, enrolled.Text("records"), StringComparison.Ordinal);
        Assert.Single(entries, e => e.Text("action") == "EnrolCommand" && e.Text("outcome") == "Failed");
    }

    [Fact]
    public async Task Staff_of_another_module_may_read_enrolments_but_not_enrol_and_a_school_outside_scope_is_a_404()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (_, nationalId) = await _officer.RegistryStudentAsync(school);
        var other = app.CreateClientAs(Roles.ModuleStaff, modules: ["Subsidies"]).Client;
        var elsewhere = app.CreateClientAs(Roles.SchoolStaff, schools: [(await _officer.TownshipWithSchoolAsync("SecondaryVocational")).SchoolCode]).Client;

        await (await other.GetAsync(VocationalApi.Enrolments)).ShouldBeAsync(HttpStatusCode.OK);
        await (await other.EnrolAsync(nationalId, specialty)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await elsewhere.EnrolAsync(nationalId, specialty)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        Assert.Empty(await _officer.EnrolmentsOfAsync(nationalId));
    }
}
