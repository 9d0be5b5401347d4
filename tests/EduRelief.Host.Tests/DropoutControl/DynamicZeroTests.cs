using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.SpecialNeeds;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>Dynamic zero (动态清零): open confirmed cases per township and for the county, as the ledger refresh counts them, in the caller's scope.</summary>
[Collection(HostCollection.Name)]
public sealed class DynamicZeroTests(EduReliefApp app)
{
    private const string Route = DropoutControlApi.Root + "/dynamic-zero";
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task A_township_is_at_zero_once_its_confirmed_cases_are_back_at_school()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var (_, confirmed) = await _officer.CaseAsync(school);
        var (_, persuading) = await _officer.CaseAsync(school);
        await (await _officer.AttemptAsync(persuading.Text("id"), SpecialNeedsApi.DaysAgo(5))).ShouldBeAsync(HttpStatusCode.Created);
        await _officer.CaseAsync(school, stage: "Suspected");

        var before = Township(await ZeroAsync(_officer), township);
        Assert.Equal(2, before.Number("openConfirmed"));
        Assert.False(before.Flag("atZero"));

        await (await _officer.CloseAsync(confirmed.Text("id"), "Returned", SpecialNeedsApi.DaysAgo(2), schoolCode: school)).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.CloseAsync(persuading.Text("id"), "Deferred", SpecialNeedsApi.DaysAgo(2), approval: "乡政府批复")).ShouldBeAsync(HttpStatusCode.OK);

        var after = await ZeroAsync(_officer);
        Assert.Equal(0, Township(after, township).Number("openConfirmed"));
        Assert.True(Township(after, township).Flag("atZero"));
        Assert.Equal(after["townships"]!.AsArray().Sum(t => t.Number("openConfirmed")), after.Number("openConfirmed"));
        Assert.Equal(after.Number("openConfirmed") == 0, after.Flag("atZero"));
    }

    [Fact]
    public async Task A_township_officer_sees_only_their_townships()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        await _officer.CaseAsync(school);
        var (quiet, _) = await _officer.TownshipWithSchoolAsync();
        var local = app.CreateClientAs(Roles.TownshipOfficer, townships: [township, quiet]).Client;

        var seen = await ZeroAsync(local);

        Assert.Equal(new[] { quiet, township }.Order(StringComparer.Ordinal), seen["townships"]!.AsArray().Select(t => t.Text("townshipCode")));
        Assert.Equal(1, seen.Number("openConfirmed"));
        Assert.False(seen.Flag("atZero"));
        Assert.True(Township(seen, quiet).Flag("atZero"));
        Assert.Equal(1, seen.Number("townshipsNotAtZero"));
    }

    private static async Task<JsonNode> ZeroAsync(HttpClient client) => await (await client.GetAsync(Route)).ShouldBeAsync(HttpStatusCode.OK);

    private static JsonNode Township(JsonNode zero, string code) => zero["townships"]!.AsArray().Single(t => t.Text("townshipCode") == code)!;
}
