using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.SharedKernel.Identity;
using static EduRelief.Host.Tests.Registry.RegistryApi;

namespace EduRelief.Host.Tests.Registry;

/// <summary>
/// A change sent without a date takes effect "today" — the county's today (UTC+8), also in the early morning when
/// the UTC date is still yesterday.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CountyDateTests(CountyClockApp county) : IClassFixture<CountyClockApp>
{
    private HttpClient? _client;

    /// <summary>Signed in after the test has set the clock, so the token is fresh at the county's time.</summary>
    private HttpClient Client => _client ??= county.Factory.CreateClientAs(Roles.CountyOfficer).Client;

    [Fact]
    public async Task A_change_made_at_noon_without_a_date_takes_effect_that_day()
    {
        county.SetCountyTime(2025, 3, 1, 12, 0);
        var (_, schoolCode) = await Client.TownshipWithSchoolAsync();
        var id = await Client.StudentAsync(schoolCode);

        await (await Client.PatchJsonAsync($"{Students}/{id}", new { grade = 4, version = 1 })).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("2025-03-01", Assert.Single((await Client.GetFileAsync(id)).HistoryOf("grade")).Text("effectiveOn"));
    }

    [Fact]
    public async Task A_change_made_early_in_the_county_morning_takes_effect_on_the_county_date()
    {
        county.SetCountyTime(2025, 3, 1, 7, 30);
        var (_, schoolCode) = await Client.TownshipWithSchoolAsync();
        var id = await Client.StudentAsync(schoolCode, categories: ["Orphan"]);

        await (await Client.PatchJsonAsync($"{Students}/{id}", new { grade = 4, categories = Array.Empty<string>(), version = 1 })).ShouldBeAsync(HttpStatusCode.OK);

        var file = await Client.GetFileAsync(id);
        Assert.Equal("2025-03-01", Assert.Single(file.HistoryOf("grade")).Text("effectiveOn"));
        Assert.Equal("2025-02-28", Assert.Single(file.PeriodsOf("Orphan")).Text("endedOn"));
    }

    [Fact]
    public async Task A_roster_imported_early_in_the_county_morning_dates_its_changes_on_the_county_date()
    {
        county.SetCountyTime(2025, 3, 1, 7, 30);
        var (_, schoolCode) = await Client.TownshipWithSchoolAsync();
        var nationalId = TestIds.NationalId();
        await (await Client.ImportRosterAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode, grade: 3)))).ShouldBeAsync(HttpStatusCode.OK);

        await (await Client.ImportRosterAsync(Csv(RosterHeader, RosterLine(nationalId, schoolCode, grade: 4)))).ShouldBeAsync(HttpStatusCode.OK);

        var id = (await Client.StudentByNationalIdAsync(nationalId)).Text("id");
        Assert.Equal("2025-03-01", Assert.Single((await Client.GetFileAsync(id)).HistoryOf("grade")).Text("effectiveOn"));
    }
}
