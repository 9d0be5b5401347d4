using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.Reporting;

internal static class ReportingApi
{
    public const string Summary = "/api/reporting/summary";

    /// <summary>API.md's figure keys, in the order the county's document has them.</summary>
    public static readonly string[] Keys =
    [
        "identifiedPoorStudents", "identifiedPoorStudentsCompulsory",
        "constructionInvestment", "schoolsBuiltOrExpanded", "seatsAdded", "dGradeAreaRemaining", "classroomMultimediaCoverage", "pairingActivities",
        "aidDisbursed", "aidPersonTimes", "livingSubsidyCoverage", "rainDewPersonTimes",
        "teachersRecruited", "trainingPersonTimes", "onlineClassrooms",
        "leftBehindHomes", "disabledEnrolmentRate",
        "persuadedReturns", "consolidationRate",
        "outreachMaterials",
        "vocationalEnrolments", "vocationalEmploymentRate",
    ];

    public static async Task<JsonNode> SummaryAsync(this HttpClient client, int year) =>
        await (await client.GetAsync($"{Summary}?year={year}")).ShouldBeAsync(HttpStatusCode.OK);

    public static JsonNode Figure(this JsonNode summary, string key) =>
        summary["figures"]!.AsArray().Single(f => f.Text("key") == key)!;

    public static decimal? Value(this JsonNode summary, string key) => summary.Figure(key)["value"]?.GetValue<decimal>();

    public static async Task<JsonNode> RecordsAsync(this HttpClient client, string key, int year, int page = 1) =>
        await (await client.GetAsync($"/api/reporting/figures/{key}/records?year={year}&page={page}&pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);

    public static async Task<FigureRecordSet> AllRecordsAsync(this HttpClient client, string key, int year)
    {
        var first = await client.RecordsAsync(key, year);
        var rows = first["items"]!.AsArray().Select(r => r!).ToList();
        for (var page = 2; rows.Count < first.Number("total"); page++)
        {
            rows.AddRange((await client.RecordsAsync(key, year, page))["items"]!.AsArray().Select(r => r!));
        }

        return new FigureRecordSet(key, first["value"]?.GetValue<decimal>(), first.Text("tally"), first["tallyColumn"]?.GetValue<string>(), first["tallyOf"]?.GetValue<string>(), rows);
    }
}
