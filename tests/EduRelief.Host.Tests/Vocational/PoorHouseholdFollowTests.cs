using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Vocational;

/// <summary>The Registry's category events keep an enrolment's poor household current, through the inbox, with the history.</summary>
[Collection(HostCollection.Name)]
public sealed class PoorHouseholdFollowTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_household_put_on_and_taken_off_the_poverty_register_is_followed_with_each_change_kept()
    {
        var (_, school, specialty) = await _officer.SchoolWithSpecialtyAsync();
        var (studentId, nationalId, _) = await _officer.EnrolledAsync(school, specialty, poor: false, enrolledOn: VocationalApi.DaysAgo(300));

        await (await _officer.PatchJsonAsync($"{RegistryApi.Students}/{studentId}", new { categories = new[] { "RegisteredPoorHousehold" }, effectiveOn = VocationalApi.DaysAgo(200), version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        var poor = await Eventually.MatchAsync(async () => Assert.Single(await _officer.EnrolmentsOfAsync(nationalId)), e => e.Flag("poorHousehold"), "the enrolment to follow the Registry");
        await (await _officer.PatchJsonAsync($"{RegistryApi.Students}/{studentId}", new { categories = Array.Empty<string>(), effectiveOn = VocationalApi.DaysAgo(100), version = 2 })).ShouldBeAsync(HttpStatusCode.OK);
        var notPoor = await Eventually.MatchAsync(async () => Assert.Single(await _officer.EnrolmentsOfAsync(nationalId)), e => !e.Flag("poorHousehold"), "the enrolment to follow the Registry back");

        Assert.Equal(2, poor["poorHouseholdHistory"]!.AsArray().Count);
        var history = notPoor["poorHouseholdHistory"]!.AsArray();
        Assert.Equal([false, true, false], history.Select(h => h.Flag("poor")));
        Assert.Equal([VocationalApi.DaysAgo(300), VocationalApi.DaysAgo(200), VocationalApi.DaysAgo(100)], history.Select(h => h.Text("effectiveOn")));
    }
}
