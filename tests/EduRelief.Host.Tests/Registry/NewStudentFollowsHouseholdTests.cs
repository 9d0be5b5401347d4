using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Registry;

/// <summary>
/// A student registered after the household list named their household holds its categories at once, not from the
/// next nightly refresh: a poor child registered today is in today's subsidy batch.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class NewStudentFollowsHouseholdTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> HouseholdOnTheListAsync(string category, string status)
    {
        var household = TestIds.Code("HH");
        await (await _client.PostCsvAsync(Households, Csv(HouseholdImportTests.Header, $"{household},{category},2024-03-01,{status}"))).ShouldBeAsync(HttpStatusCode.OK);
        return household;
    }

    [Fact]
    public async Task A_student_registered_into_a_listed_household_holds_its_category_from_the_list()
    {
        var household = await HouseholdOnTheListAsync("ExtremePoverty", "Active");
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();

        var id = await _client.StudentAsync(schoolCode, householdId: household);

        Assert.Equal(["ExtremePoverty"], (await _client.GetStudentAsync(id))["categories"].Strings());
        var period = Assert.Single((await _client.GetFileAsync(id)).PeriodsOf("ExtremePoverty"));
        Assert.Equal("2024-03-01", period.Text("startedOn"));
        Assert.StartsWith("household-list:", period.Text("startSource"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_registration_answer_already_carries_the_household_category()
    {
        var household = await HouseholdOnTheListAsync("SubsistenceAllowance", "Active");
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();

        var response = await _client.RegisterAsync(new() { ["nationalId"] = TestIds.NationalId(), ["name"] = "新生", ["schoolCode"] = schoolCode, ["grade"] = 1, ["boarding"] = false, ["householdId"] = household, ["categories"] = new System.Text.Json.Nodes.JsonArray(), ["enrolledOn"] = "2025-09-01" });

        var student = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(["SubsistenceAllowance"], student["categories"].Strings());
    }

    [Fact]
    public async Task A_student_imported_into_a_listed_household_holds_its_category_and_one_outside_it_does_not()
    {
        var household = await HouseholdOnTheListAsync("ExtremePoverty", "Active");
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var (inHousehold, elsewhere) = (TestIds.NationalId(), TestIds.NationalId());

        await (await _client.ImportRosterAsync(Csv(
            RosterHeader,
            RosterLine(inHousehold, schoolCode, householdId: household),
            RosterLine(elsewhere, schoolCode, householdId: TestIds.Code("HH"))))).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(["ExtremePoverty"], (await _client.StudentByNationalIdAsync(inHousehold))["categories"].Strings());
        Assert.Empty((await _client.StudentByNationalIdAsync(elsewhere))["categories"].Strings());
    }

    [Fact]
    public async Task A_dry_run_import_changes_nothing_even_for_a_listed_household()
    {
        var household = await HouseholdOnTheListAsync("ExtremePoverty", "Active");
        var (_, schoolCode) = await _client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();

        await (await _client.ImportRosterAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode, householdId: household)), dryRun: true)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(0, await _client.CountByNationalIdAsync(nationalId));
    }
}
