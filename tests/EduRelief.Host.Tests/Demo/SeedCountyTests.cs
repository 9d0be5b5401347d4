using System.Globalization;
using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Reporting;
using Xunit.Abstractions;

namespace EduRelief.Host.Tests.Demo;

/// <summary>
/// The demo county (DOMAIN.md, "The seed county as a demo"): built through the modules' own routes, its 2025 summary is
/// the seed's work summary figure for figure, and building it again changes none of them.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SeedCountyTests(EduReliefApp shared, DemoCountyHost county, ITestOutputHelper output) : IClassFixture<DemoCountyHost>
{
    /// <summary>The seed's 2025 figures; the employment rate, which the seed does not give, is the demo's 2022 intake's.</summary>
    public static TheoryData<string, decimal> SeedFigures => new()
    {
        { "identifiedPoorStudents", 12_000m },
        { "identifiedPoorStudentsCompulsory", 8_500m },
        { "constructionInvestment", 320_000_000m },
        { "schoolsBuiltOrExpanded", 23m },
        { "seatsAdded", 5_400m },
        { "dGradeAreaRemaining", 0m },
        { "classroomMultimediaCoverage", 1m },
        { "aidDisbursed", 28_000_000m },
        { "aidPersonTimes", 18_000m },
        { "livingSubsidyCoverage", 1m },
        { "rainDewPersonTimes", 500m },
        { "teachersRecruited", 300m },
        { "trainingPersonTimes", 2_000m },
        { "onlineClassrooms", 30m },
        { "pairingActivities", 150m },
        { "leftBehindHomes", 45m },
        { "disabledEnrolmentRate", 1m },
        { "persuadedReturns", 23m },
        { "consolidationRate", 0.998m },
        { "vocationalEnrolments", 500m },
        { "vocationalEmploymentRate", 0.95m },
        { "outreachMaterials", 50_000m },
    };

    [Theory]
    [MemberData(nameof(SeedFigures))]
    public void Each_figure_of_2025_is_the_seeds(string key, decimal seed) =>
        Assert.Equal((key, seed), (key, county.FirstSummary.Value(key) ?? -1m));

    [Fact]
    public void Every_figure_of_the_summary_is_asserted() =>
        Assert.Equal(ReportingApi.Keys.Order(StringComparer.Ordinal), SeedFigures.Select(f => (string)f[0]).Order(StringComparer.Ordinal));

    [Fact]
    public void A_second_run_finds_everything_there_and_changes_no_figure()
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first run {county.FirstRun.TotalSeconds:0.0} s, second run {county.SecondRun.TotalSeconds:0.0} s"));
        output.WriteLine(county.FirstReport["counts"]!.ToJsonString());
        output.WriteLine(string.Join(", ", ReportingApi.Keys.Select(k => $"{k}={county.FirstSummary.Value(k)}")));

        Assert.True(county.FirstReport["created"]!.GetValue<int>() > 0);
        Assert.Equal(0, county.SecondReport["created"]!.GetValue<int>());
        Assert.Equal(county.FirstReport["created"]!.GetValue<int>() + county.FirstReport["found"]!.GetValue<int>(), county.SecondReport["found"]!.GetValue<int>());
        foreach (var key in ReportingApi.Keys)
        {
            Assert.Equal((key, county.FirstSummary.Value(key)), (key, county.SecondSummary.Value(key)));
        }
    }

    [Fact]
    public void The_recurring_jobs_run_over_the_demo_county_change_no_figure()
    {
        output.WriteLine(string.Join("\n", county.JobReports.Select(j => $"{j.Key}: {j.Value}")));
        Assert.NotEmpty(county.JobReports);
        foreach (var key in ReportingApi.Keys)
        {
            Assert.Equal((key, county.FirstSummary.Value(key)), (key, county.AfterJobsSummary.Value(key)));
        }
    }

    [Fact]
    public async Task Another_seed_is_refused_on_the_demo_county_naming_the_seed()
    {
        var admin = county.App.CreateAdminClient();

        var refused = await (await admin.PostAsync($"/api/admin/demo/seed-county?seed={DemoCountyHost.Seed + 1}", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains(refused.FieldErrors("seed"), m => m.Contains("another seed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_database_holding_other_records_is_refused_and_nothing_is_entered()
    {
        var officer = shared.CreateClient();
        await officer.TownshipAsync();
        var before = (await (await officer.GetAsync("/api/registry/townships?pageSize=1")).ShouldBeAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();

        var refused = await (await shared.CreateAdminClient().PostAsync("/api/admin/demo/seed-county", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains(refused.FieldErrors("seed"), m => m.Contains("empty database", StringComparison.Ordinal));
        Assert.Equal(before, (await (await officer.GetAsync("/api/registry/townships?pageSize=1")).ShouldBeAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("seven")]
    [InlineData("99999999999")]
    public async Task A_bad_seed_is_a_400_naming_the_seed(string seed)
    {
        var refused = await (await shared.CreateAdminClient().PostAsync($"/api/admin/demo/seed-county?seed={seed}", null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(refused.FieldErrors("seed"));
    }

    [Fact]
    public async Task Only_an_administrator_may_build_the_demo_county()
    {
        var officer = await shared.CreateClient().PostAsync("/api/admin/demo/seed-county", null);
        await officer.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
