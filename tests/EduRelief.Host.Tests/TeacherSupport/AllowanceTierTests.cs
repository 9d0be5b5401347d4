using System.Net;
using System.Net.Http.Json;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.TeacherSupport;

/// <summary>Allowance tiers: by location or named school, effective-dated, never overlapping, never negative.</summary>
[Collection(HostCollection.Name)]
public sealed class AllowanceTierTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task Location_tiers_pay_each_rural_and_remote_teacher_a_named_school_its_own_amount_and_a_town_teacher_nothing()
    {
        var (township, remote) = await _officer.TownshipWithSchoolAsync(location: "Remote");
        var rural = await _officer.SchoolAsync(township, location: "Rural");
        var named = await _officer.SchoolAsync(township, location: "Rural");
        var town = await _officer.SchoolAsync(township, location: "Town");
        var atRemote = (await _officer.TeacherAsync(remote, hiredOn: "2015-06-01")).Text("id");
        var atRural = (await _officer.TeacherAsync(rural, hiredOn: "2015-06-01")).Text("id");
        var atNamed = (await _officer.TeacherAsync(named, hiredOn: "2015-06-01")).Text("id");
        await _officer.TeacherAsync(town, hiredOn: "2015-06-01");
        await (await _officer.PutAsJsonAsync(TeacherApi.Tiers, new
        {
            effectiveFrom = "2015-01-01",
            tiers = new object[] { new { location = "Remote", monthly = 600m }, new { location = "Rural", monthly = 400m }, new { schoolCodes = new[] { named }, monthly = 500.50m } },
        })).ShouldBeAsync(HttpStatusCode.OK);

        await (await _officer.ComputeAsync("2016-03")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(new Dictionary<string, decimal> { [atRemote] = 600m }, await _officer.LinesAsync("2016-03", remote));
        Assert.Equal(new Dictionary<string, decimal> { [atRural] = 400m }, await _officer.LinesAsync("2016-03", rural));
        Assert.Equal(new Dictionary<string, decimal> { [atNamed] = 500.50m }, await _officer.LinesAsync("2016-03", named));
        Assert.Empty(await _officer.LinesAsync("2016-03", town));

        var overlap = await (await _officer.PutAsJsonAsync(TeacherApi.Tiers, new { effectiveFrom = "2014-01-01", effectiveTo = "2015-03-31", tiers = new object[] { new { location = "Remote", monthly = 550m } } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("overlaps", Assert.Single(overlap.FieldErrors("tiers[0]")), StringComparison.Ordinal);
        Assert.Equal(3, (await (await _officer.GetAsync(TeacherApi.Tiers)).ShouldBeAsync(HttpStatusCode.OK)).AsArray().Count(t => t!["effectiveFrom"]!.GetValue<string>() == "2015-01-01" && (t["schoolCode"] is null || t["schoolCode"]!.GetValue<string>() == named)));
    }

    [Fact]
    public async Task A_negative_amount_an_urban_location_an_unknown_or_urban_school_or_both_kinds_at_once_is_a_400_and_changes_nothing()
    {
        var (township, rural) = await _officer.TownshipWithSchoolAsync();
        var urban = await _officer.SchoolAsync(township, location: "Urban");
        var before = (await (await _officer.GetAsync(TeacherApi.Tiers)).ShouldBeAsync(HttpStatusCode.OK)).AsArray().Count;
        async Task<System.Text.Json.Nodes.JsonNode> Bad(object tier) =>
            await (await _officer.PutAsJsonAsync(TeacherApi.Tiers, new { effectiveFrom = "2019-01-01", tiers = new[] { tier } })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("negative", Assert.Single((await Bad(new { schoolCodes = new[] { rural }, monthly = -1m })).FieldErrors("tiers[0].monthly")), StringComparison.Ordinal);
        Assert.NotEmpty((await Bad(new { schoolCodes = new[] { rural }, monthly = 1.005m })).FieldErrors("tiers[0].monthly"));
        Assert.NotEmpty((await Bad(new { location = "Urban", monthly = 100m })).FieldErrors("tiers[0].location"));
        Assert.NotEmpty((await Bad(new { location = "Coastal", monthly = 100m })).FieldErrors("tiers[0].location"));
        Assert.NotEmpty((await Bad(new { schoolCodes = new[] { "NO-SUCH" }, monthly = 100m })).FieldErrors("tiers[0].schoolCodes[0]"));
        Assert.NotEmpty((await Bad(new { schoolCodes = new[] { urban }, monthly = 100m })).FieldErrors("tiers[0].schoolCodes[0]"));
        Assert.NotEmpty((await Bad(new { location = "Rural", schoolCodes = new[] { rural }, monthly = 100m })).FieldErrors("tiers[0]"));
        Assert.NotEmpty((await (await _officer.PutAsJsonAsync(TeacherApi.Tiers, new { effectiveFrom = "2019-02-01", effectiveTo = "2019-01-01", tiers = new[] { new { schoolCodes = new[] { rural }, monthly = 1m } } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("effectiveTo"));
        Assert.NotEmpty((await (await _officer.PutAsJsonAsync(TeacherApi.Tiers, new { effectiveFrom = "2019-02-01", tiers = new[] { new { schoolCodes = new[] { rural, rural }, monthly = 1m } } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("tiers"));

        Assert.Equal(before, (await (await _officer.GetAsync(TeacherApi.Tiers)).ShouldBeAsync(HttpStatusCode.OK)).AsArray().Count);
    }

    [Fact]
    public async Task A_tier_overlapping_a_closed_tier_of_the_same_school_is_a_409_and_a_following_one_ends_the_open_tier()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        await (await _officer.PutAsJsonAsync(TeacherApi.Tiers, new { effectiveFrom = "2018-01-01", effectiveTo = "2018-12-31", tiers = new[] { new { schoolCodes = new[] { school }, monthly = 300m } } })).ShouldBeAsync(HttpStatusCode.OK);

        await (await _officer.PutSchoolTierAsync("2018-06-01", 320m, school)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await _officer.PutSchoolTierAsync("2019-01-01", 320m, school)).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.PutSchoolTierAsync("2019-07-01", 340m, school)).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.PutSchoolTierAsync("2019-03-01", 330m, school)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var tiers = (await (await _officer.GetAsync(TeacherApi.Tiers)).ShouldBeAsync(HttpStatusCode.OK)).AsArray().Where(t => t!["schoolCode"]?.GetValue<string>() == school).ToList();
        Assert.Equal(["2018-12-31", "2019-06-30", null], tiers.Select(t => t!["effectiveTo"]?.GetValue<string>()));
        Assert.Equal([300m, 320m, 340m], tiers.Select(t => t!["monthly"]!.GetValue<decimal>()));
    }
}
