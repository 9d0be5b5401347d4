using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

[Collection(HostCollection.Name)]
public sealed class TownshipTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_new_township_is_created_with_its_location()
    {
        var code = TestIds.Code("T");

        var response = await _client.PostJsonAsync(RegistryApi.Townships, new { code, name = "城关镇" });

        var body = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal($"/api/registry/townships/{code}", response.Headers.Location?.OriginalString);
        Assert.Equal(code, body.Text("code"));
        Assert.Equal("城关镇", body.Text("name"));
        Assert.True(Guid.TryParse(body.Text("id"), out _));
    }

    [Fact]
    public async Task The_location_of_a_new_township_leads_to_it()
    {
        var code = TestIds.Code("T");
        var created = await _client.PostJsonAsync(RegistryApi.Townships, new { code, name = "城关镇" });
        await created.ShouldBeAsync(HttpStatusCode.Created);

        var followed = await _client.GetAsync(created.Headers.Location);

        var body = await followed.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(code, body.Text("code"));
    }

    [Fact]
    public async Task The_township_list_is_paged_and_holds_a_new_township()
    {
        var code = TestIds.Code("T");
        await (await _client.PostJsonAsync(RegistryApi.Townships, new { code, name = "新场乡" })).ShouldBeAsync(HttpStatusCode.Created);

        var first = await (await _client.GetAsync($"{RegistryApi.Townships}?page=1&pageSize=1")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, first.Number("page"));
        Assert.Equal(1, first.Number("pageSize"));
        Assert.Single(first["items"]!.AsArray());
        var total = first.Number("total");
        Assert.True(total >= 1);

        var codes = new List<string>();
        for (var page = 1; (page - 1) * 500 < total; page++)
        {
            var list = await (await _client.GetAsync($"{RegistryApi.Townships}?page={page}&pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);
            codes.AddRange(list["items"].Strings("code"));
        }

        Assert.Contains(code, codes);
    }

    [Fact]
    public async Task The_township_list_defaults_to_page_one_of_fifty()
    {
        var list = await (await _client.GetAsync(RegistryApi.Townships)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(1, list.Number("page"));
        Assert.Equal(50, list.Number("pageSize"));
        Assert.IsType<JsonArray>(list["items"]);
    }

    [Fact]
    public async Task A_second_township_with_the_same_code_is_a_conflict_naming_code()
    {
        var code = TestIds.Code("T");
        await (await _client.PostJsonAsync(RegistryApi.Townships, new { code, name = "城关镇" })).ShouldBeAsync(HttpStatusCode.Created);

        var response = await _client.PostJsonAsync(RegistryApi.Townships, new { code, name = "另一个镇" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(problem.FieldErrors("code"));
    }

    [Fact]
    public async Task A_township_without_a_name_is_refused_naming_name()
    {
        var response = await _client.PostJsonAsync(RegistryApi.Townships, new { code = TestIds.Code("T") });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["is required"], problem.FieldErrors("name"));
    }

    [Fact]
    public async Task A_township_without_a_code_is_refused_naming_code()
    {
        var response = await _client.PostJsonAsync(RegistryApi.Townships, new { name = "城关镇" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("code"));
    }

    [Fact]
    public async Task A_page_size_over_500_is_refused_naming_pageSize()
    {
        var response = await _client.GetAsync($"{RegistryApi.Townships}?pageSize=501");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("pageSize"));
    }

    [Fact]
    public async Task Page_zero_is_refused_naming_page()
    {
        var response = await _client.GetAsync($"{RegistryApi.Townships}?page=0");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("page"));
    }
}
