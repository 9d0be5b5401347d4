using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.SchoolConstruction;

/// <summary>
/// A small county built through the API, last year, in a township of its own, whose officer reads the figures: each
/// figure is what its records add up to, and records outside the year or the definition do not count.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class FiguresTests(EduReliefApp app)
{
    private static readonly int Y = ConstructionApi.Today.Year - 1;

    private readonly HttpClient _officer = app.CreateClient();

    private static string On(string monthDay, int year = 0) => $"{(year == 0 ? Y : year)}-{monthDay}";

    [Fact]
    public async Task Every_figure_is_counted_from_the_records_of_the_year()
    {
        var township = await _officer.TownshipAsync();
        var a = await _officer.SchoolAsync(township, location: "Rural");
        var b = await _officer.SchoolAsync(township, location: "Remote");
        var c = await _officer.SchoolAsync(township, location: "Urban");
        var d = await _officer.SchoolAsync(township, location: "Rural");

        var removed = await _officer.BuildingAsync(a, floorArea: 640m);
        await _officer.AppraiseAsync(removed, On("02-01"), "D");
        var remainingA = await _officer.BuildingAsync(a, floorArea: 300.5m);
        await _officer.AppraiseAsync(remainingA, On("05-01"), "D");
        var reinforced = await _officer.BuildingAsync(b, floorArea: 800m);
        await _officer.AppraiseAsync(reinforced, On("03-01"), "D");
        await _officer.AppraiseAsync(reinforced, On("10-01"), "C");
        var remainingC = await _officer.BuildingAsync(c, floorArea: 200m);
        await _officer.AppraiseAsync(remainingC, On("06-01"), "D");

        var removal = await _officer.ProjectAsync(a, "DangerousBuildingRemoval", removesBuildingIds: [removed]);
        await (await _officer.SpendAsync(removal, 100_000m, On("04-01"))).ShouldBeAsync(HttpStatusCode.Created);
        await _officer.CompleteAsync(removal, On("01-10"), On("02-01"), On("09-01"), actualSeats: 0);
        var newBuild = await _officer.ProjectAsync(b, "NewBuild", budget: [new { source = "Central", amount = 3_000_000m }]);
        await (await _officer.SpendAsync(newBuild, 500_000m, On("12-20", Y - 1))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.SpendAsync(newBuild, 2_000_000.50m, On("03-10"))).ShouldBeAsync(HttpStatusCode.Created);
        await _officer.CompleteAsync(newBuild, On("01-10"), On("02-01"), On("08-15"), actualSeats: 450);
        var expansion = await _officer.ProjectAsync(b, "Expansion");
        await _officer.CompleteAsync(expansion, On("01-10"), On("02-01"), On("11-30"), actualSeats: 150);
        var unfinished = await _officer.ProjectAsync(c, "Renovation");
        await (await _officer.SpendAsync(unfinished, 10_000m, On("06-01"))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.MoveAsync(unfinished, "Approved", On("05-01"))).ShouldBeAsync(HttpStatusCode.OK);
        var renovation = await _officer.ProjectAsync(a, "Renovation");
        await _officer.CompleteAsync(renovation, On("01-10"), On("02-01"), On("12-31"), actualSeats: 0);
        var lastYear = await _officer.ProjectAsync(c, "NewBuild");
        await _officer.CompleteAsync(lastYear, On("01-10", Y - 1), On("02-01", Y - 1), On("12-31", Y - 1), actualSeats: 999);

        await (await _officer.PutEquipmentAsync(a, On("03-01"), 10, 6, onlineClassrooms: 1)).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.PutEquipmentAsync(a, On("09-01"), 10, 10, onlineClassrooms: 2)).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.PutEquipmentAsync(b, On("05-01"), 8, 5, onlineClassrooms: 3)).ShouldBeAsync(HttpStatusCode.OK);
        await (await _officer.PutEquipmentAsync(c, On("05-01"), 20, 0, onlineClassrooms: 4)).ShouldBeAsync(HttpStatusCode.OK);

        var (reader, _) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);
        var figures = await (await reader.GetAsync($"{ConstructionApi.Figures}?year={Y}")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(2_110_000.50m, figures.Decimal("investment"));
        Assert.Equal(2, figures.Number("schoolsBuiltOrExpanded"));
        Assert.Equal(600, figures.Number("seatsAdded"));
        Assert.Equal(500.5m, figures.Decimal("dGradeArea"));
        Assert.Equal(new[] { remainingA, remainingC }.Order(), figures["dGradeBuildings"]!.AsArray().Select(x => x.Text("id")).Order());
        Assert.Equal(0.5m, figures.Decimal("multimediaCoverage"));
        var uncovered = figures["uncoveredClassrooms"]!.AsArray().ToDictionary(x => x.Text("schoolCode"), x => x!);
        Assert.Equal(new[] { b, d }.Order(), uncovered.Keys.Order());
        Assert.Equal(3, uncovered[b].Number("uncovered"));
        Assert.False(uncovered[d].Flag("recorded"));
        Assert.Equal(12, uncovered[d].Number("uncovered"));
        Assert.Equal(9, figures.Number("onlineClassrooms"));

        // The records behind each count, by the lists.
        var spending = await (await reader.GetAsync($"{ConstructionApi.Spending}?year={Y}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2_110_000.50m, spending["items"]!.AsArray().Sum(s => s.Decimal("amount")));
        var completed = await (await reader.GetAsync($"{ConstructionApi.Projects}?completedIn={Y}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(600, completed["items"]!.AsArray().Sum(p => p.Number("actualSeats")));
        Assert.Equal(new[] { remainingA, remainingC }.Order(), (await reader.BuildingIdsAsync("dList=true")).Order());

        // The year before: the D-grade buildings did not exist yet on the list, last year's project did.
        var before = await (await reader.GetAsync($"{ConstructionApi.Figures}?year={Y - 1}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(999, before.Number("seatsAdded"));
        Assert.Equal(500_000m, before.Decimal("investment"));
        Assert.Equal(0m, before.Decimal("dGradeArea"));
        Assert.Equal(0m, before.Decimal("multimediaCoverage"));
    }

    [Theory]
    [InlineData("", "year")]
    [InlineData("?year=1850", "year")]
    public async Task Figures_need_a_year(string query, string field)
    {
        var problem = await (await _officer.GetAsync(ConstructionApi.Figures + query)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.FieldErrors(field));
    }

}
