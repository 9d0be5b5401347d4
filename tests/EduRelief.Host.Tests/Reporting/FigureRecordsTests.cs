using System.Net;
using System.Text;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Subsidies;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Reporting;

/// <summary>Every figure of the summary opens onto exactly the records it counted: its tally over them gives the figure back.</summary>
[Collection(HostCollection.Name)]
public sealed class FigureRecordsTests(EduReliefApp shared)
{
    [Fact]
    public async Task The_awards_behind_the_aid_figures_add_up_to_them_and_a_township_officer_sees_only_theirs_masked()
    {
        using var app = new EduReliefApp();
        var seed = await AidSeed.CreateAsync(app);
        await seed.ReconcileAsync();

        var aid = await seed.Officer.RecordsAsync("aidDisbursed", 2025);

        Assert.Equal(("sum", "amount", 1125m), (aid.Text("tally"), aid.Text("tallyColumn"), aid["value"]!.GetValue<decimal>()));
        var items = aid["items"]!.AsArray();
        Assert.Equal(new[] { seed.A.Id, seed.C.Id }.Order(StringComparer.Ordinal), items.Select(i => i.Text("studentId")).Order(StringComparer.Ordinal));
        Assert.Equal(1125m, items.Sum(i => i!["amount"]!.GetValue<decimal>()));
        Assert.Equal(2, aid.Number("total"));
        Assert.Equal(["R1", "R2"], items.Select(i => i.Text("bankReference")).Order(StringComparer.Ordinal));

        var personTimes = await seed.Officer.RecordsAsync("aidPersonTimes", 2025);
        Assert.Equal(("count", 2), (personTimes.Text("tally"), personTimes.Number("total")));

        var coverage = await seed.Officer.RecordsAsync("livingSubsidyCoverage", 2025);
        Assert.Equal(("ratio", "paid"), (coverage.Text("tally"), coverage.Text("tallyColumn")));
        var eligible = coverage["items"]!.AsArray();
        Assert.Equal(3, eligible.Count);
        Assert.Equal([seed.B.Id], eligible.Where(s => !s!["paid"]!.GetValue<bool>()).Select(s => s.Text("studentId")));

        var local = app.CreateClientAs(Roles.TownshipOfficer, townships: [seed.Township]).Client;
        var ours = await local.RecordsAsync("aidDisbursed", 2025);
        var only = Assert.Single(ours["items"]!.AsArray())!;
        Assert.Equal((seed.A.Id, 500m), (only.Text("studentId"), ours["value"]!.GetValue<decimal>()));
        Assert.Contains("********", only.Text("nationalId"), StringComparison.Ordinal);
        Assert.NotEqual(seed.A.NationalId, only.Text("nationalId"));
    }

    [Fact]
    public async Task The_csv_has_chinese_headers_and_one_line_per_record()
    {
        using var app = new EduReliefApp();
        var seed = await AidSeed.CreateAsync(app);
        await seed.ReconcileAsync();

        var response = await seed.Officer.GetAsync($"/api/reporting/figures/outreachMaterials/records?year=2025&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("日期,乡镇代码,活动形式,参与人数,发放资料（份）", lines[0]);
        Assert.Equal(["2025-05-20", "2025-06-01"], lines[1..].Select(l => l.Split(',')[0]));
        Assert.Equal(800, lines[1..].Sum(l => int.Parse(l.Split(',')[4], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(0)]
    public async Task Every_figures_records_tally_to_the_figure(int year)
    {
        year = year == 0 ? SpecialNeeds.SpecialNeedsApi.Today.Year : year;
        var officer = shared.CreateClient();
        var summary = await officer.SummaryAsync(year);

        foreach (var key in ReportingApi.Keys)
        {
            var records = await officer.AllRecordsAsync(key, year);
            Assert.Equal(summary.Value(key), records.Value);
            Assert.True(records.Tallies(), $"{key}: {records.Tally} of {records.Rows.Count} records is not {records.Value}");
        }
    }

    [Fact]
    public async Task An_unknown_figure_is_a_404_and_a_missing_or_future_year_a_bad_format_or_page_a_400()
    {
        var officer = shared.CreateClient();
        var next = SpecialNeeds.SpecialNeedsApi.Today.Year + 1;

        var unknown = await (await officer.GetAsync("/api/reporting/figures/happiness/records?year=2025")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("happiness", unknown.Text("detail"), StringComparison.Ordinal);
        Assert.NotEmpty((await (await officer.GetAsync("/api/reporting/figures/aidDisbursed/records")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        var future = await (await officer.GetAsync($"/api/reporting/figures/aidDisbursed/records?year={next}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(future.FieldErrors("year"), m => m.Contains("has not begun", StringComparison.Ordinal));
        Assert.NotEmpty((await (await officer.GetAsync("/api/reporting/figures/aidDisbursed/records?year=2025&format=pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("format"));
        Assert.NotEmpty((await (await officer.GetAsync("/api/reporting/figures/aidDisbursed/records?year=2025&pageSize=501")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("pageSize"));
    }
}
