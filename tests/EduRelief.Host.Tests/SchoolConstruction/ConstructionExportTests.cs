using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.SchoolConstruction;

/// <summary>
/// The records behind each construction figure leave as CSV or XLSX from the list's own route (<c>?format=</c>): the
/// same rows the list counts, with Chinese headers, areas and amounts as numbers.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ConstructionExportTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task The_D_list_export_holds_the_closed_buildings_of_the_filter_with_their_areas()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        var closed = await _officer.BuildingAsync(school, floorArea: 512.25m);
        await _officer.AppraiseAsync(closed, ConstructionApi.DaysAgo(10), "D");
        var sound = await _officer.BuildingAsync(school, floorArea: 90m);
        await _officer.AppraiseAsync(sound, ConstructionApi.DaysAgo(10), "B");

        var rows = await (await _officer.GetAsync($"{ConstructionApi.Buildings}?townshipCode={township}&dList=true&format=xlsx")).XlsxRowsAsync();

        var header = rows[0];
        var row = Assert.Single(rows.Skip(1));
        Assert.Equal(closed, row[header.Column("校舍编号")]);
        Assert.Equal("512.25", row[header.Column("建筑面积（m²）")]);
        Assert.Equal("D", row[header.Column("鉴定等级")]);
        Assert.Equal("D 级危房，停止使用", row[header.Column("状态")]);
        Assert.Equal("教学用房", row[header.Column("用途")]);
    }

    [Fact]
    public async Task The_projects_export_of_a_year_holds_the_completed_projects_with_budget_spent_and_seats()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var built = await _officer.ProjectAsync(school, "NewBuild", budget: [new { source = "Central", amount = 800_000m }, new { source = "County", amount = 200_000.5m }]);
        await (await _officer.SpendAsync(built, 300_000.25m, ConstructionApi.DaysAgo(30))).ShouldBeAsync(HttpStatusCode.Created);
        await _officer.CompleteAsync(built, ConstructionApi.DaysAgo(60), ConstructionApi.DaysAgo(50), ConstructionApi.DaysAgo(5), actualSeats: 360);
        var planned = await _officer.ProjectAsync(school, "Expansion");
        var year = ConstructionApi.Today.AddDays(-5).Year;

        var rows = await (await _officer.GetAsync($"{ConstructionApi.Projects}?schoolCode={school}&completedIn={year}&format=csv")).CsvRowsAsync();

        Assert.Equal(["项目编号", "项目名称", "学校代码", "乡镇代码", "项目类型", "状态", "计划学位", "实际学位", "竣工日期", "当前预算（元）", "已支出（元）"], rows[0]);
        var row = Assert.Single(rows.Skip(1));
        Assert.Equal(built, row[0]);
        Assert.Equal(["新建", "已竣工"], row[4..6]);
        Assert.Equal("360", row[7]);
        Assert.Equal(["1000000.50", "300000.25"], row[9..11]);
        Assert.DoesNotContain(rows, r => r[0] == planned);
    }

    [Fact]
    public async Task The_spending_export_of_a_project_adds_up_to_what_the_project_has_spent()
    {
        var (_, school) = await _officer.TownshipWithSchoolAsync();
        var project = await _officer.ProjectAsync(school);
        await (await _officer.SpendAsync(project, 1_000.10m, ConstructionApi.DaysAgo(3))).ShouldBeAsync(HttpStatusCode.Created);
        await (await _officer.SpendAsync(project, 2_500m, ConstructionApi.DaysAgo(2))).ShouldBeAsync(HttpStatusCode.Created);

        var rows = await (await _officer.GetAsync($"{ConstructionApi.Spending}?projectCode={project}&format=csv")).CsvRowsAsync();

        var header = rows[0];
        Assert.Equal(2, rows.Count - 1);
        var spent = rows.Skip(1).Sum(r => decimal.Parse(r[header.Column("金额（元）")], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((await _officer.GetProjectAsync(project)).Decimal("spent"), spent);
        Assert.Equal([ConstructionApi.DaysAgo(3), ConstructionApi.DaysAgo(2)], rows.Skip(1).Select(r => r[header.Column("支出日期")]));
    }

    [Fact]
    public async Task The_facilities_export_names_the_schools_with_no_equipment_recorded()
    {
        var (township, school) = await _officer.TownshipWithSchoolAsync();
        await Eventually.MatchAsync(
            async () => (await (await _officer.GetAsync($"{ConstructionApi.Facilities}?townshipCode={township}")).ShouldBeAsync(HttpStatusCode.OK)).Number("total"),
            total => total == 1,
            "the new school in the facilities ledger");

        var rows = await (await _officer.GetAsync($"{ConstructionApi.Facilities}?townshipCode={township}&noEquipment=true&format=csv")).CsvRowsAsync();

        Assert.Equal("学校代码", rows[0][0]);
        var row = Assert.Single(rows.Skip(1));
        Assert.Equal(school, row[0]);
        Assert.Equal("乡村", row[3]);
        Assert.Equal(string.Empty, row[Array.IndexOf(rows[0], "装备登记日期")]);
    }

    [Theory]
    [InlineData(ConstructionApi.Buildings)]
    [InlineData(ConstructionApi.Projects)]
    [InlineData(ConstructionApi.Spending)]
    [InlineData(ConstructionApi.Facilities)]
    public async Task An_unknown_format_is_refused_naming_the_field(string list)
    {
        var problem = await (await _officer.GetAsync($"{list}?format=pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(problem.FieldErrors("format"), m => m.Contains("pdf", StringComparison.Ordinal));
    }
}
