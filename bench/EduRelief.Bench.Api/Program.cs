using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EduRelief.SharedKernel.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Bench.Api;

/// <summary>
/// Figures through the real HTTP pipeline (in-process TestServer, real SQLite files):
///  1. a Subsidies batch computed for a quarter, half and all of N eligible students: time and memory as N grows,
///     against the raw-SQLite limit of the same reads and writes in the same run;
///  2. the added latency of authentication + scope filtering on GET /api/registry/students/{id};
///  3. approving the full batch, its bank file and reconciling the bank's answer for every line;
///  4. coverage, which reads the same students without writing.
/// Usage: dotnet run -c Release --project bench/EduRelief.Bench.Api -- [students=100000] [requests=2000] [--postgresql]
/// With --postgresql the Host runs on a throwaway PostgreSQL server and the limit is PostgreSQL's (binary COPY).
/// </summary>
internal static class ApiBench
{
    public static async Task Main(string[] args)
    {
        var postgreSql = args.Contains("--postgresql");
        var numbers = args.Where(a => a != "--postgresql").ToArray();
        var students = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 100_000;
        var requests = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 2_000;

        using var host = new BenchHost(postgreSql ? EduRelief.Host.Tests.Infrastructure.PostgreSqlServer.CreateDatabase() : null);
        Console.WriteLine($"engine: {(postgreSql ? "PostgreSQL (throwaway server on this machine, fsync off)" : "SQLite files")}");
        var admin = await host.SignedInAsync(BenchHost.AdminUser);
        await BenchHost.CreateUserAsync(admin, "officer", Roles.CountyOfficer);
        await BenchHost.CreateUserAsync(admin, "subsidies-a", Roles.ModuleStaff, modules: ["Subsidies"]);
        await BenchHost.CreateUserAsync(admin, "subsidies-b", Roles.ModuleStaff, modules: ["Subsidies"], permissions: [EduReliefClaims.ApproveBatches, EduReliefClaims.ViewFullNationalIds]);
        var officer = await host.SignedInAsync("officer");
        var schools = await SeedSchoolsAsync(officer);
        await BenchHost.CreateUserAsync(admin, "township", Roles.TownshipOfficer, townships: ["T00"]);
        var subsidies = await host.SignedInAsync("subsidies-a");

        // 1. Batches as the registry grows: each term's batch reads every student registered so far.
        Console.WriteLine($"Batch (POST /api/subsidies/batches, LivingSubsidy) as the registry grows to {students:N0} poor compulsory-stage students:");
        var seeded = 0;
        string? fullBatch = null;
        TimeSpan fullBatchTime = default;
        foreach (var (size, term) in new[] { (students / 4, "2024-2"), (students / 2, "2025-1"), (students, "2025-2") })
        {
            var clock = Stopwatch.StartNew();
            await ImportRosterAsync(officer, seeded, size - seeded, schools);
            Console.WriteLine($"  seeded {size - seeded:N0} more students through POST /imports/roster in {clock.Elapsed.TotalSeconds:0.00} s");
            seeded = size;
            var (batch, elapsed, memory) = await MemoryPeak.OfAsync(async () =>
            {
                var response = await subsidies.PostAsJsonAsync("/api/subsidies/batches", new { programmeCode = "LivingSubsidy", term });
                response.EnsureSuccessStatusCode();
                return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            });
            Console.WriteLine($"  {term}: {batch["lines"]!["total"]!.GetValue<int>(),7:N0} lines, ¥{batch["totalAmount"]} in {elapsed.TotalSeconds:0.00} s; {memory}");
            (fullBatch, fullBatchTime) = (batch["id"]!.GetValue<string>(), elapsed);
        }

        var limit = host.PostgreSql is { } database
            ? RawPostgreSqlLimit.Measure(database, new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 31))
            : RawSqliteLimit.Measure(host.DataDirectory, new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 31));
        var raw = limit.Read + limit.Write;
        var engine = host.PostgreSql is null ? "raw-SQLite limit" : "raw-PostgreSQL limit (binary COPY)";
        Console.WriteLine($"  {engine}, same run: read {limit.Rows:N0} students {limit.Read.TotalSeconds:0.00} s + write as many lines {limit.Write.TotalSeconds:0.00} s = {raw.TotalSeconds:0.00} s");
        Console.WriteLine($"  the batch of {students:N0} took {fullBatchTime.TotalSeconds:0.00} s (goal < 5 s at 100,000): {raw / fullBatchTime:0.00}× the raw limit");

        // 2. Latency: the same student read by the county officer (everything in scope) and by a township officer
        //    (scope filter on), against the handler alone (no HTTP, no authentication: the system caller).
        await MeasureLatencyAsync(host, officer, await host.SignedInAsync("township"), requests);

        // 3. The rest of the flow on the full batch: a second person approves, the bank file, every line paid.
        var approver = await host.SignedInAsync("subsidies-b");
        var (_, approveTime, approveMemory) = await MemoryPeak.OfAsync(async () =>
            (await approver.PostAsync($"/api/subsidies/batches/{fullBatch}/approve", null)).EnsureSuccessStatusCode());
        Console.WriteLine($"POST /batches/{{id}}/approve ({students:N0} awards reserved): {approveTime.TotalSeconds:0.00} s; {approveMemory}");
        var (bankFile, bankFileTime, bankFileMemory) = await MemoryPeak.OfAsync(() => officer.GetStringAsync($"/api/subsidies/batches/{fullBatch}/bank-file"));
        Console.WriteLine($"GET /batches/{{id}}/bank-file ({bankFile.Length / 1024:N0} KB): {bankFileTime.TotalSeconds:0.00} s; {bankFileMemory}");
        var (reconciled, reconcileTime, reconcileMemory) = await MemoryPeak.OfAsync(async () =>
        {
            using var content = new StringContent(BankAnswer(bankFile), Encoding.UTF8, "text/csv");
            var response = await officer.PostAsync($"/api/subsidies/batches/{fullBatch}/reconcile", content);
            response.EnsureSuccessStatusCode();
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        });
        Console.WriteLine($"POST /batches/{{id}}/reconcile ({reconciled["paid"]} paid): {reconcileTime.TotalSeconds:0.00} s; {reconcileMemory}");

        // 4. Coverage reads the same students from the registry without writing lines: the reading part alone.
        var (coverage, coverageTime, _) = await MemoryPeak.OfAsync(async () =>
            JsonNode.Parse(await subsidies.GetStringAsync("/api/subsidies/coverage?year=2025&programme=LivingSubsidy"))!);
        Console.WriteLine($"GET /subsidies/coverage (LivingSubsidy 2025): {coverage["eligible"]} eligible, {coverage["paid"]} paid, {coverage["unpaid"]!.AsArray().Count} unpaid named, in {coverageTime.TotalSeconds:0.00} s");
    }

    private static async Task<List<string>> SeedSchoolsAsync(HttpClient officer)
    {
        var schools = new List<string>();
        for (var t = 0; t < 10; t++)
        {
            var townshipCode = $"T{t:00}";
            (await officer.PostAsJsonAsync("/api/registry/townships", new { code = townshipCode, name = townshipCode })).EnsureSuccessStatusCode();
            for (var s = 0; s < 5; s++)
            {
                var code = $"S{t:00}{s}";
                (await officer.PostAsJsonAsync("/api/registry/schools", new { code, name = code, townshipCode, stage = s < 3 ? "Primary" : "JuniorSecondary", location = "Rural", classrooms = 20 })).EnsureSuccessStatusCode();
                schools.Add(code);
            }
        }

        return schools;
    }

    private static async Task ImportRosterAsync(HttpClient officer, int first, int count, List<string> schools)
    {
        var csv = Roster.WriteCsv(first, count, schools);
        using (var content = new StreamContent(File.OpenRead(csv)))
        {
            content.Headers.ContentType = new("text/csv");
            (await officer.PostAsync("/api/registry/imports/roster", content)).EnsureSuccessStatusCode();
        }

        File.Delete(csv);
    }

    private static async Task MeasureLatencyAsync(BenchHost host, HttpClient officer, HttpClient townshipOfficer, int requests)
    {
        var page = JsonNode.Parse(await officer.GetStringAsync("/api/registry/students?townshipCode=T00&pageSize=1"))!;
        var studentId = page["items"]![0]!["id"]!.GetValue<string>();
        var url = $"/api/registry/students/{studentId}";
        var handlerOnly = await Latency.OfAsync(requests, async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<MediatR.IMediator>();
            _ = await mediator.Send(new EduRelief.Contracts.Registry.GetStudentQuery { StudentId = Guid.Parse(studentId) });
        });
        var asOfficer = await Latency.OfAsync(requests, async () => (await officer.GetAsync(url)).EnsureSuccessStatusCode());
        var asTownship = await Latency.OfAsync(requests, async () => (await townshipOfficer.GetAsync(url)).EnsureSuccessStatusCode());
        Console.WriteLine($"GET /students/{{id}} handler only (no HTTP, no auth): {handlerOnly}");
        Console.WriteLine($"GET /students/{{id}} via HTTP as county officer:     {asOfficer}");
        Console.WriteLine($"GET /students/{{id}} via HTTP as township officer:   {asTownship}");
        Console.WriteLine($"added by HTTP + bearer authentication + scope check: {asOfficer.MedianMs - handlerOnly.MedianMs:0.000} ms (county), {asTownship.MedianMs - handlerOnly.MedianMs:0.000} ms (township) at the median");
    }

    /// <summary>The bank's result file: every line of the bank file paid, with a reference.</summary>
    /// <summary>The bank's answer to the bank file: every line paid, under the reference the file gave it.</summary>
    private static string BankAnswer(string bankFile)
    {
        var answer = new StringBuilder("reference,national_id,amount,status\n");
        foreach (var line in bankFile.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            var cells = line.TrimEnd('\r').Split(',');
            answer.Append(cells[0]).Append(',').Append(cells[1]).Append(',').Append(cells[^1]).Append(",paid\n");
        }

        return answer.ToString();
    }
}
