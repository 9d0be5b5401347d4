using System.Net;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

[Collection(HostCollection.Name)]
public sealed class VillageTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<string> TownshipAsync()
    {
        var code = TestIds.Code("T");
        await (await _client.PostJsonAsync(RegistryApi.Townships, new { code, name = "城关镇" })).ShouldBeAsync(HttpStatusCode.Created);
        return code;
    }

    [Fact]
    public async Task A_new_village_is_created_in_its_township()
    {
        var townshipCode = await TownshipAsync();
        var code = TestIds.Code("V");

        var response = await _client.PostJsonAsync(RegistryApi.Villages, new { code, name = "红星村", townshipCode });

        var body = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/registry/villages/{code}", response.Headers.Location?.OriginalString);
        Assert.Equal(code, body.Text("code"));
        Assert.Equal("红星村", body.Text("name"));
        Assert.Equal(townshipCode, body.Text("townshipCode"));
    }

    [Fact]
    public async Task The_location_of_a_new_village_leads_to_it()
    {
        var townshipCode = await TownshipAsync();
        var code = TestIds.Code("V");
        var created = await _client.PostJsonAsync(RegistryApi.Villages, new { code, name = "红星村", townshipCode });
        await created.ShouldBeAsync(HttpStatusCode.Created);

        var followed = await _client.GetAsync(created.Headers.Location);

        var body = await followed.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(code, body.Text("code"));
    }

    [Fact]
    public async Task A_village_of_an_unknown_township_is_refused_naming_townshipCode()
    {
        var response = await _client.PostJsonAsync(RegistryApi.Villages, new { code = TestIds.Code("V"), name = "红星村", townshipCode = "NO-SUCH-TOWNSHIP" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("townshipCode"), m => m.Contains("NO-SUCH-TOWNSHIP", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_village_without_a_township_is_refused_naming_townshipCode()
    {
        var response = await _client.PostJsonAsync(RegistryApi.Villages, new { code = TestIds.Code("V"), name = "红星村" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("townshipCode"));
    }

    [Fact]
    public async Task A_second_village_with_the_same_code_is_a_conflict_naming_code()
    {
        var townshipCode = await TownshipAsync();
        var code = TestIds.Code("V");
        await (await _client.PostJsonAsync(RegistryApi.Villages, new { code, name = "红星村", townshipCode })).ShouldBeAsync(HttpStatusCode.Created);

        var response = await _client.PostJsonAsync(RegistryApi.Villages, new { code, name = "新村", townshipCode });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(problem.FieldErrors("code"));
    }
}
