using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.TeacherSupport;

/// <summary>Urban–rural pairs: an urban school with a rural or remote one; activities not before the pair; exchanges only between its two schools.</summary>
[Collection(HostCollection.Name)]
public sealed class PairingTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_pair_counts_its_activities_and_records_exchanges_between_its_schools()
    {
        var (township, rural) = await _officer.TownshipWithSchoolAsync(location: "Remote");
        var urban = await _officer.SchoolAsync(township, location: "Urban");
        var teacher = (await _officer.TeacherAsync(urban, hiredOn: "2019-09-01")).Text("nationalId");
        var pairing = await _officer.PairAsync(urban, rural, "2024-09-01");

        await (await _officer.ActivityAsync(pairing, "2024-09-01", "OpenClass")).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.ActivityAsync(pairing, "2025-03-10")).ShouldBeAsync(HttpStatusCode.Created);
        var exchange = await (await _officer.ExchangeAsync(pairing, teacher, urban, rural, "2025-02-20", "2025-07-10")).ShouldBeAsync(HttpStatusCode.Created);

        Assert.Equal(rural, exchange.Text("to"));
        var listed = Assert.Single(await _officer.ItemsAsync($"{TeacherApi.Pairings}?schoolCode={rural}"));
        Assert.Equal(2, listed.Number("activities"));
        Assert.Equal(1, listed.Number("exchanges"));
        Assert.Equal(1, Assert.Single(await _officer.ItemsAsync($"{TeacherApi.Pairings}?schoolCode={rural}&year=2025")).Number("activities"));
        Assert.Equal(2, (await _officer.ItemsAsync($"{TeacherApi.Activities}?pairingId={pairing}")).Count);
    }

    [Fact]
    public async Task Two_urban_schools_an_activity_before_the_pair_or_an_exchange_outside_it_is_a_400_naming_the_field_and_changes_nothing()
    {
        var (township, rural) = await _officer.TownshipWithSchoolAsync();
        var urban = await _officer.SchoolAsync(township, location: "Urban");
        var otherUrban = await _officer.SchoolAsync(township, location: "Urban");
        var outside = await _officer.SchoolAsync(township, location: "Rural");
        var teacher = (await _officer.TeacherAsync(urban)).Text("nationalId");

        var twoUrban = await (await _officer.PostJsonAsync(TeacherApi.Pairings, new { urbanSchoolCode = urban, ruralSchoolCode = otherUrban, since = "2024-01-01" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("rural or remote", Assert.Single(twoUrban.FieldErrors("ruralSchoolCode")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.PostJsonAsync(TeacherApi.Pairings, new { urbanSchoolCode = rural, ruralSchoolCode = outside, since = "2024-01-01" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("urbanSchoolCode"));
        Assert.NotEmpty((await (await _officer.PostJsonAsync(TeacherApi.Pairings, new { urbanSchoolCode = urban, ruralSchoolCode = "NO-SUCH", since = "2024-01-01" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("ruralSchoolCode"));
        Assert.Empty(await _officer.ItemsAsync($"{TeacherApi.Pairings}?schoolCode={urban}"));

        var pairing = await _officer.PairAsync(urban, rural, "2024-09-01");
        await (await _officer.PostJsonAsync(TeacherApi.Pairings, new { urbanSchoolCode = urban, ruralSchoolCode = rural, since = "2024-10-01" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var before = await (await _officer.ActivityAsync(pairing, "2024-08-31")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("before the schools were paired", Assert.Single(before.FieldErrors("on")), StringComparison.Ordinal);
        Assert.NotEmpty((await (await _officer.ActivityAsync(pairing, "2025-01-01", "Picnic")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("kind"));
        Assert.NotEmpty((await (await _officer.ExchangeAsync(pairing, teacher, urban, outside, "2025-01-01", "2025-06-30")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("to"));
        Assert.NotEmpty((await (await _officer.ExchangeAsync(pairing, teacher, urban, urban, "2025-01-01", "2025-06-30")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("to"));
        Assert.NotEmpty((await (await _officer.ExchangeAsync(pairing, teacher, urban, rural, "2025-07-01", "2025-06-30")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("endsOn"));
        Assert.NotEmpty((await (await _officer.ExchangeAsync(pairing, TestIds.NationalId(), urban, rural, "2025-01-01", "2025-06-30")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("nationalId"));
        await (await _officer.ActivityAsync(Guid.NewGuid().ToString(), "2025-01-01")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var listed = Assert.Single(await _officer.ItemsAsync($"{TeacherApi.Pairings}?schoolCode={urban}"));
        Assert.Equal(0, listed.Number("activities"));
        Assert.Equal(0, listed.Number("exchanges"));
    }
}
