using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>GET /api/subsidies/batches: the batches without their lines, filtered and paged, totals in the caller's scope.</summary>
[Collection(HostCollection.Name)]
public sealed class ListBatchesTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task The_list_finds_a_term_s_batches_with_their_line_count_and_total_and_filters_by_status()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync("Primary", "Rural");
        await _officer.RegisterAsync(school, true, "RegisteredPoorHousehold");
        var term = $"{SubsidiesApi.NextYear()}-1";
        var (staff, creator) = app.CreateClientAs(Roles.ModuleStaff, modules: ["Subsidies"]);
        var id = await staff.CreateBatchAsync("LivingSubsidy", term);
        var batch = await _officer.GetBatchAsync(id);

        var list = await (await _officer.GetAsync($"{SubsidiesApi.Batches}?term={term}&programmeCode=LivingSubsidy")).ShouldBeAsync(HttpStatusCode.OK);

        var item = Assert.Single(list["items"]!.AsArray())!;
        Assert.Equal(id, item.Text("id"));
        Assert.Equal("Draft", item.Text("status"));
        Assert.Equal(creator, item.Text("createdBy"));
        Assert.Equal(batch["lines"].Number("total"), item.Number("lines"));
        Assert.Equal(batch.Money("totalAmount"), item.Money("totalAmount"));
        Assert.Equal(1, list.Number("total"));

        var approved = await (await _officer.GetAsync($"{SubsidiesApi.Batches}?term={term}&status=Approved")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Empty(approved["items"]!.AsArray());

        // A township's staff count only their township's lines.
        var townshipOfficer = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;
        var scoped = await (await townshipOfficer.GetAsync($"{SubsidiesApi.Batches}?term={term}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, Assert.Single(scoped["items"]!.AsArray()).Number("lines"));
    }

    [Theory]
    [InlineData("status=Open", "status")]
    [InlineData("term=2026-3", "term")]
    [InlineData("programmeCode=Lunch", "programmeCode")]
    [InlineData("year=1999", "year")]
    [InlineData("pageSize=501", "pageSize")]
    public async Task A_wrong_filter_is_refused_under_its_name(string query, string field)
    {
        var problem = await (await _officer.GetAsync($"{SubsidiesApi.Batches}?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors(field));
    }
}
