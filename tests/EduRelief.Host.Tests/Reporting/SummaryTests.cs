using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.Host.Tests.Subsidies;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Reporting;

/// <summary>The work summary is each module's own count, read through its figures query: on a Host of its own, so every record counted is the test's.</summary>
[Collection(HostCollection.Name)]
public sealed class SummaryTests(EduReliefApp shared)
{
    [Fact]
    public async Task Every_figure_is_the_owning_modules_count_in_the_documents_order_and_a_townshipOfficerofficer_gets_their_townships()
    {
        using var app = new EduReliefApp();
        var seed = await AidSeed.CreateAsync(app);
        await seed.ReconcileAsync();
        var (officer, township) = (seed.Officer, seed.Township);

        var summary = await officer.SummaryAsync(2025);

        Assert.Equal(2025, summary.Number("year"));
        Assert.Equal("2025-12-31", summary.Text("countedOn"));
        Assert.Equal(ReportingApi.Keys, summary["figures"]!.AsArray().Select(f => f.Text("key")));
        Assert.All(summary["figures"]!.AsArray(), f => Assert.True(f!["available"]!.GetValue<bool>(), f.Text("key")));
        Assert.Equal(1125m, summary.Value("aidDisbursed"));
        Assert.Equal(2m, summary.Value("aidPersonTimes"));
        Assert.Equal(0.6667m, summary.Value("livingSubsidyCoverage"));
        Assert.Equal(800m, summary.Value("outreachMaterials"));
        var aid = summary.Figure("aidDisbursed");
        Assert.Equal(("yuan", "发放资助资金", "Aid disbursed", "Subsidies", "Subsidies"), (aid.Text("unit"), aid.Text("label"), aid.Text("labelEn"), aid.Text("module"), aid.Text("section")));
        Assert.Equal("fraction", summary.Figure("consolidationRate").Text("unit"));

        // Each module answers its own figures; the summary only gathers them.
        var subsidies = await (await officer.GetAsync($"{SubsidiesApi.Figures}?year=2025")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(subsidies.Money("aidDisbursed"), summary.Value("aidDisbursed"));
        var registry = await (await officer.GetAsync("/api/registry/figures?year=2025")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(registry.Number("identifiedPoorStudents"), summary.Value("identifiedPoorStudents"));
        var dropout = await (await officer.GetAsync("/api/dropout-control/figures?year=2025")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(dropout["consolidationRate"]?.GetValue<decimal>(), summary.Value("consolidationRate"));

        // The students were registered poor today, so this year identifies them.
        var thisYear = await officer.SummaryAsync(SpecialNeeds.SpecialNeedsApi.Today.Year);
        Assert.Equal(3m, thisYear.Value("identifiedPoorStudents"));
        Assert.Equal(3m, thisYear.Value("identifiedPoorStudentsCompulsory"));

        var townshipOfficer = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]).Client;
        Assert.Equal(2m, (await townshipOfficer.SummaryAsync(SpecialNeeds.SpecialNeedsApi.Today.Year)).Value("identifiedPoorStudents"));
        var ours = await townshipOfficer.SummaryAsync(2025);
        Assert.Equal(500m, ours.Value("aidDisbursed"));
        Assert.Equal(300m, ours.Value("outreachMaterials"));
    }

    [Fact]
    public async Task By_township_every_figure_is_counted_again_from_each_townships_records_and_a_township_officer_gets_only_theirs()
    {
        using var app = new EduReliefApp();
        var seed = await AidSeed.CreateAsync(app);
        await seed.ReconcileAsync();

        var summary = await (await seed.Officer.GetAsync($"{ReportingApi.Summary}?year=2025&by=township")).ShouldBeAsync(HttpStatusCode.OK);

        var townships = summary["townships"]!.AsArray();
        Assert.Equal(new[] { seed.Township, seed.Other }.Order(StringComparer.Ordinal), townships.Select(t => t.Text("townshipCode")));
        var ours = townships.Single(t => t.Text("townshipCode") == seed.Township)!;
        var theirs = townships.Single(t => t.Text("townshipCode") == seed.Other)!;
        Assert.Equal(ReportingApi.Keys, ours["figures"]!.AsArray().Select(f => f.Text("key")));
        Assert.Equal((500m, 300m), (ours.Value("aidDisbursed")!.Value, ours.Value("outreachMaterials")!.Value));
        Assert.Equal((625m, 500m), (theirs.Value("aidDisbursed")!.Value, theirs.Value("outreachMaterials")!.Value));
        Assert.Equal(summary.Value("aidDisbursed"), ours.Value("aidDisbursed") + theirs.Value("aidDisbursed"));
        // A rate is counted again, not summed: one of the two poor students of the first township was paid.
        Assert.Equal(0.5m, ours.Value("livingSubsidyCoverage"));
        Assert.Equal(1m, theirs.Value("livingSubsidyCoverage"));

        var local = app.CreateClientAs(Roles.TownshipOfficer, townships: [seed.Township]).Client;
        var only = (await (await local.GetAsync($"{ReportingApi.Summary}?year=2025&by=township")).ShouldBeAsync(HttpStatusCode.OK))["townships"]!.AsArray();
        Assert.Equal(seed.Township, Assert.Single(only)!.Text("townshipCode"));
        Assert.Null((await local.SummaryAsync(2025))["townships"]);
    }

    [Fact]
    public async Task By_school_every_figure_is_counted_again_from_each_schools_records_and_a_township_officer_gets_their_townships_schools()
    {
        using var app = new EduReliefApp();
        var seed = await AidSeed.CreateAsync(app);
        await seed.ReconcileAsync();

        var summary = await (await seed.Officer.GetAsync($"{ReportingApi.Summary}?year=2025&by=school")).ShouldBeAsync(HttpStatusCode.OK);

        var schools = summary["schools"]!.AsArray().Select(s => s!).ToList();
        // The first township's school, and the other township's two: its first school, where no one was paid, and C's.
        Assert.Equal(3, schools.Count);
        Assert.Null(summary["townships"]);
        var ours = schools.Single(s => s.Text("townshipCode") == seed.Township);
        var theirs = schools.Single(s => s.Text("townshipCode") == seed.Other && s.Value("aidDisbursed") != 0m);
        Assert.Equal(0m, schools.Single(s => s.Text("townshipCode") == seed.Other && s != theirs).Value("aidDisbursed"));
        Assert.Equal(ReportingApi.Keys, ours["figures"]!.AsArray().Select(f => f.Text("key")));
        Assert.Equal((500m, 0.5m), (ours.Value("aidDisbursed")!.Value, ours.Value("livingSubsidyCoverage")!.Value));
        Assert.Equal((625m, 1m), (theirs.Value("aidDisbursed")!.Value, theirs.Value("livingSubsidyCoverage")!.Value));
        // Outreach is kept by township: it is at no school.
        Assert.All(schools, s => Assert.Equal(0m, s.Value("outreachMaterials")));

        var local = app.CreateClientAs(Roles.TownshipOfficer, townships: [seed.Township]).Client;
        var only = (await (await local.GetAsync($"{ReportingApi.Summary}?year=2025&by=school")).ShouldBeAsync(HttpStatusCode.OK))["schools"]!.AsArray();
        Assert.Equal(ours.Text("schoolCode"), Assert.Single(only)!.Text("schoolCode"));
        Assert.NotEmpty((await (await local.GetAsync($"{ReportingApi.Summary}?year=2025&by=village")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("by"));
    }

    [Fact]
    public async Task The_markdown_document_fills_every_placeholder_in_the_seeds_section_order()
    {
        var response = await shared.CreateClient().GetAsync($"{ReportingApi.Summary}?year=2025&format=markdown");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# 2025年教育扶贫工作总结", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Contains("截至2025年12月31日", text, StringComparison.Ordinal);
        string[] sections = ["强化组织领导", "精准识别对象", "改善办学条件", "落实资助政策", "加强师资建设", "关爱特殊群体", "控辍保学", "志智双扶", "加强职业教育扶贫", "工作成效", "存在问题与下一步"];
        var at = sections.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, at);
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public async Task The_word_document_is_valid_and_holds_the_same_text_headings_set_in_heiti()
    {
        var officer = shared.CreateClient();
        var markdown = await (await officer.GetAsync($"{ReportingApi.Summary}?year=2025&format=markdown")).Content.ReadAsStringAsync();

        var response = await officer.GetAsync($"{ReportingApi.Summary}?year=2025&format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2025", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        var lines = markdown.Split('\n').Where(l => l.Length > 0).Select(l => l.TrimStart('#', ' ')).ToList();
        Assert.Equal(lines, paragraphs.Select(p => p.InnerText));
        Assert.Equal("黑体", paragraphs[0].Descendants<RunFonts>().Single().EastAsia?.Value);
        Assert.Equal("仿宋", paragraphs[1].Descendants<RunFonts>().Single().EastAsia?.Value);
    }

    [Fact]
    public async Task A_year_with_no_records_is_an_empty_summary_not_an_error()
    {
        var summary = await shared.CreateClient().SummaryAsync(2003);

        Assert.Equal(ReportingApi.Keys.Length, summary["figures"]!.AsArray().Count);
        Assert.Equal(0m, summary.Value("identifiedPoorStudents"));
        Assert.Equal(0m, summary.Value("aidDisbursed"));
        Assert.Equal(0m, summary.Value("persuadedReturns"));
    }

    [Fact]
    public async Task A_missing_impossible_or_future_year_an_unknown_format_or_breakdown_is_a_400_naming_the_field()
    {
        var officer = shared.CreateClient();
        var next = SpecialNeeds.SpecialNeedsApi.Today.Year + 1;

        Assert.NotEmpty((await (await officer.GetAsync(ReportingApi.Summary)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.NotEmpty((await (await officer.GetAsync($"{ReportingApi.Summary}?year=1900")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        var future = await (await officer.GetAsync($"{ReportingApi.Summary}?year={next}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(future.FieldErrors("year"), m => m.Contains("has not begun", StringComparison.Ordinal));
        Assert.NotEmpty((await (await officer.GetAsync($"{ReportingApi.Summary}?year=2025&format=pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("format"));
        Assert.NotEmpty((await (await officer.GetAsync($"{ReportingApi.Summary}?year=2025&by=village")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("by"));
    }

    [Fact]
    public async Task An_administrator_who_reads_no_data_is_refused_the_summary()
    {
        var response = await shared.CreateAdminClient().GetAsync($"{ReportingApi.Summary}?year=2025");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
