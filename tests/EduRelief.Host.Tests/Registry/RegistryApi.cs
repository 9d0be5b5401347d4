using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Registry;

/// <summary>Routes, request bodies and read-backs the Registry tests share.</summary>
internal static class RegistryApi
{
    public const string Townships = "/api/registry/townships";
    public const string Villages = "/api/registry/villages";
    public const string Schools = "/api/registry/schools";
    public const string Students = "/api/registry/students";
    public const string Roster = "/api/registry/imports/roster";
    public const string Households = "/api/registry/imports/households";

    public const string RosterHeader = "national_id,name,school_code,grade,boarding,household_id,categories,left_behind,disability_category,disability_grade,enrolled_on,account_holder,bank,account_number";

    /// <summary>A complete, valid registration body (with the account aid is paid into); tests change one member to make it bad.</summary>
    public static JsonObject StudentBody(string schoolCode, string? nationalId = null) => new()
    {
        ["nationalId"] = nationalId ?? TestIds.NationalId(),
        ["name"] = "张三",
        ["schoolCode"] = schoolCode,
        ["grade"] = 3,
        ["boarding"] = true,
        ["householdId"] = null,
        ["categories"] = new JsonArray(),
        ["leftBehind"] = false,
        ["enrolledOn"] = "2021-09-01",
        ["account"] = new JsonObject { ["holder"] = "张大山", ["bank"] = "农村信用社", ["number"] = TestIds.CardNumber() },
    };

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, JsonObject body) =>
        client.PostRawJsonAsync(Students, body.ToJsonString());

    public static async Task<JsonNode> FindStudentsAsync(this HttpClient client, string query) =>
        await (await client.GetAsync($"{Students}?{query}")).ShouldBeAsync(HttpStatusCode.OK);

    public static async Task<int> CountStudentsAsync(this HttpClient client, string query) =>
        (await client.FindStudentsAsync(query))["total"]!.GetValue<int>();

    /// <summary>How many students hold this national ID (0 or 1).</summary>
    public static Task<int> CountByNationalIdAsync(this HttpClient client, string nationalId) =>
        client.CountStudentsAsync("nationalId=" + Uri.EscapeDataString(nationalId));

    /// <summary>The one student with this national ID, read through the list.</summary>
    public static async Task<JsonNode> StudentByNationalIdAsync(this HttpClient client, string nationalId)
    {
        var page = await client.FindStudentsAsync("nationalId=" + Uri.EscapeDataString(nationalId));
        Assert.Equal(1, page["total"]!.GetValue<int>());
        return page["items"]![0]!;
    }

    public static async Task<JsonNode> GetStudentAsync(this HttpClient client, string id) =>
        await (await client.GetAsync($"{Students}/{id}")).ShouldBeAsync(HttpStatusCode.OK);

    public static async Task<JsonNode> GetFileAsync(this HttpClient client, string id) =>
        await (await client.GetAsync($"{Students}/{id}/file")).ShouldBeAsync(HttpStatusCode.OK);

    public static string Text(this JsonNode? node, string property) => node![property]!.GetValue<string>();

    public static int Number(this JsonNode? node, string property) => node![property]!.GetValue<int>();

    public static bool Flag(this JsonNode? node, string property) => node![property]!.GetValue<bool>();

    /// <summary>The strings of a JSON array, or one string member of each of its objects.</summary>
    public static List<string> Strings(this JsonNode? array, string? property = null) =>
        array!.AsArray().Select(item => (property is null ? item : item![property])!.GetValue<string>()).ToList();

    /// <summary>The history entries of a student file for one field.</summary>
    public static List<JsonNode> HistoryOf(this JsonNode file, string field) =>
        file["history"]!.AsArray().Where(h => h!.Text("field") == field).Select(h => h!).ToList();

    /// <summary>The category periods of a student file for one category.</summary>
    public static List<JsonNode> PeriodsOf(this JsonNode file, string category) =>
        file["categoryPeriods"]!.AsArray().Where(p => p!.Text("category") == category).Select(p => p!).ToList();

    public static string Csv(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>A roster line under <see cref="RosterHeader"/>; the account is the same for the same student, so a re-import matches.</summary>
    public static string RosterLine(
        string nationalId,
        string schoolCode,
        int grade = 3,
        string boarding = "false",
        string householdId = "",
        string categories = "",
        string leftBehind = "false",
        string disabilityCategory = "",
        string disabilityGrade = "",
        string enrolledOn = "2021-09-01",
        string name = "李四",
        string? accountNumber = null) =>
        string.Join(',', nationalId, name, schoolCode, grade, boarding, householdId, categories, leftBehind, disabilityCategory, disabilityGrade, enrolledOn,
            "李大山", "农村信用社", accountNumber ?? TestIds.CardFor(nationalId));

    /// <summary>Asserts the counts of a roster import report.</summary>
    public static void AssertRosterCounts(this JsonNode report, int accepted, int updated = 0, int unchanged = 0, int rejected = 0, bool dryRun = false, bool stored = true)
    {
        Assert.Equal(accepted, report.Number("accepted"));
        Assert.Equal(updated, report.Number("updated"));
        Assert.Equal(unchanged, report.Number("unchanged"));
        Assert.Equal(rejected, report.Number("rejected"));
        Assert.Equal(dryRun, report.Flag("dryRun"));
        Assert.Equal(stored, report.Flag("stored"));
    }

    public static Task<HttpResponseMessage> ImportRosterAsync(this HttpClient client, string csv, bool? dryRun = null, bool? partial = null, bool withBom = false)
    {
        var query = new List<string>();
        if (dryRun is { } d)
        {
            query.Add("dryRun=" + (d ? "true" : "false"));
        }

        if (partial is { } p)
        {
            query.Add("partial=" + (p ? "true" : "false"));
        }

        var url = query.Count == 0 ? Roster : Roster + "?" + string.Join('&', query);
        return client.PostCsvAsync(url, csv, withBom);
    }
}
