using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Subsidies;

/// <summary>
/// Routes and read-backs the Subsidies tests share. Batches are computed from every student in the shared registry,
/// so each test uses a year of its own (<see cref="NextYear"/>) and looks only at its own students' lines.
/// </summary>
internal static class SubsidiesApi
{
    public const string Programmes = "/api/subsidies/programmes";
    public const string Batches = "/api/subsidies/batches";
    public const string Payments = "/api/subsidies/payments";
    public const string Coverage = "/api/subsidies/coverage";
    public const string Outreach = "/api/subsidies/outreach";
    public const string Figures = "/api/subsidies/figures";

    public const string BankResultHeader = "national_id,amount,status,reference,reason";

    // LivingSubsidy and the other programmes: one year per test, 2040 onwards (the rate tests use 2030-2031 for RainDew only).
    private static int _year = 2039;

    private static int _name;

    public static int NextYear() => Interlocked.Increment(ref _year);

    /// <summary>A name no other test's student has, so coverage's unpaid list can be searched by name.</summary>
    public static string UniqueName(string prefix = "学生") => prefix + Interlocked.Increment(ref _name).ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>Registers a student (enrolled 2021-09-01, categories open from then on) and returns its id, national ID and name.</summary>
    public static async Task<Student> RegisterAsync(this HttpClient client, string schoolCode, bool boarding = true, params string[] categories)
    {
        var nationalId = TestIds.NationalId();
        var name = UniqueName();
        var body = RegistryApi.StudentBody(schoolCode, nationalId);
        body["name"] = name;
        body["boarding"] = boarding;
        body["categories"] = new JsonArray(categories.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray());
        var created = await (await client.RegisterAsync(body)).ShouldBeAsync(HttpStatusCode.Created);
        return new Student(created.Text("id"), nationalId, name);
    }

    public static Task<HttpResponseMessage> PostBatchAsync(this HttpClient client, string programmeCode, string term) =>
        client.PostJsonAsync(Batches, new { programmeCode, term });

    /// <summary>Creates a draft (201) and returns its id.</summary>
    public static async Task<string> CreateBatchAsync(this HttpClient client, string programmeCode, string term)
    {
        var response = await client.PostBatchAsync(programmeCode, term);
        var batch = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal($"{Batches}/{batch.Text("id")}", response.Headers.Location?.OriginalString);
        Assert.Equal("Draft", batch.Text("status"));
        return batch.Text("id");
    }

    public static async Task<JsonNode> GetBatchAsync(this HttpClient client, string batchId) =>
        await (await client.GetAsync($"{Batches}/{batchId}?page=1&pageSize=1")).ShouldBeAsync(HttpStatusCode.OK);

    /// <summary>Every line of the batch the caller may see, page by page.</summary>
    public static async Task<List<JsonNode>> LinesAsync(this HttpClient client, string batchId)
    {
        var lines = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var batch = await (await client.GetAsync($"{Batches}/{batchId}?page={page}&pageSize=500")).ShouldBeAsync(HttpStatusCode.OK);
            var items = batch["lines"]!["items"]!.AsArray();
            lines.AddRange(items.Select(i => i!));
            if (items.Count < 500)
            {
                Assert.Equal(lines.Count, batch["lines"].Number("total"));
                return lines;
            }
        }
    }

    /// <summary>The line of this student, or null when the student is not in the batch.</summary>
    public static JsonNode? LineOf(this List<JsonNode> lines, Student student) =>
        lines.SingleOrDefault(l => l.Text("studentId") == student.Id);

    public static async Task<JsonNode?> LineOfAsync(this HttpClient client, string batchId, Student student) =>
        (await client.LinesAsync(batchId)).LineOf(student);

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient client, string batchId) =>
        client.PostAsync($"{Batches}/{batchId}/approve", null);

    public static Task<HttpResponseMessage> ExcludeAsync(this HttpClient client, string batchId, string nationalId, string reason) =>
        client.PostJsonAsync($"{Batches}/{batchId}/exclusions", new { nationalId, reason });

    public static Task<HttpResponseMessage> ReconcileAsync(this HttpClient client, string batchId, params string[] rows) =>
        client.PostCsvAsync($"{Batches}/{batchId}/reconcile", string.Join("\n", [BankResultHeader, .. rows]) + "\n");

    public static string Paid(Student student, decimal amount, string reference) =>
        $"{student.NationalId},{amount.ToString("0.00", CultureInfo.InvariantCulture)},paid,{reference},";

    public static string Failed(Student student, decimal amount, string reference, string reason) =>
        $"{student.NationalId},{amount.ToString("0.00", CultureInfo.InvariantCulture)},failed,{reference},{reason}";

    /// <summary>The awards of one student, optionally for one programme and term.</summary>
    public static async Task<JsonNode> PaymentsOfAsync(this HttpClient client, Student student, string? programmeCode = null, string? term = null)
    {
        var query = "nationalId=" + Uri.EscapeDataString(student.NationalId);
        if (programmeCode is not null)
        {
            query += "&programmeCode=" + programmeCode;
        }

        if (term is not null)
        {
            query += "&term=" + term;
        }

        return await (await client.GetAsync($"{Payments}?{query}")).ShouldBeAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonNode> CoverageAsync(this HttpClient client, int year, string programme = "LivingSubsidy") =>
        await (await client.GetAsync($"{Coverage}?year={year}&programme={programme}")).ShouldBeAsync(HttpStatusCode.OK);

    public static decimal Money(this JsonNode? node, string property) => node![property]!.GetValue<decimal>();

    /// <summary>A Subsidies staff user (changes Subsidies data, sees masked IDs) granted the approval of batches.</summary>
    public static HttpClient Staff(this EduReliefApp app) =>
        app.CreateClientAs(Roles.ModuleStaff, modules: ["Subsidies"], permissions: [EduReliefClaims.ApproveBatches]).Client;
}

internal sealed record Student(string Id, string NationalId, string Name);
