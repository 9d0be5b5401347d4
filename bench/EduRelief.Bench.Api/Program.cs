using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EduRelief.SharedKernel.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Bench.Api;

/// <summary>
/// Figures through the real HTTP pipeline (in-process TestServer, real SQLite files):
///  1. the added latency of authentication + scope filtering on GET /api/registry/students/{id};
///  2. computing a Subsidies batch for N eligible students, and the process's peak memory.
/// Usage: dotnet run -c Release --project bench/EduRelief.Bench.Api -- [students=100000] [requests=2000]
/// </summary>
internal static class ApiBench
{
    public static async Task Main(string[] args)
    {
        var students = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var requests = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;

        using var host = new BenchHost();
        var admin = await host.SignedInAsync(BenchHost.AdminUser);
        await BenchHost.CreateUserAsync(admin, "officer", Roles.CountyOfficer);
        await BenchHost.CreateUserAsync(admin, "subsidies-a", Roles.ModuleStaff, modules: ["Subsidies"]);
        var officer = await host.SignedInAsync("officer");

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

        await BenchHost.CreateUserAsync(admin, "township", Roles.TownshipOfficer, townships: ["T00"]);
        var townshipOfficer = await host.SignedInAsync("township");

        var csv = Roster.WriteCsv(students, schools);
        var clock = Stopwatch.StartNew();
        using (var content = new StreamContent(File.OpenRead(csv)))
        {
            content.Headers.ContentType = new("text/csv");
            (await officer.PostAsync("/api/registry/imports/roster", content)).EnsureSuccessStatusCode();
        }

        File.Delete(csv);
        Console.WriteLine($"seeded {students:N0} poor compulsory-stage students through POST /imports/roster in {clock.Elapsed.TotalSeconds:0.00} s");

        // 1. Latency: the same student read by the county officer (everything in scope) and by a township officer
        //    (scope filter on), against the handler alone (no HTTP, no authentication: the system caller).
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

        // 2. A batch for every student: streamed from the registry, lines written in one unit of work.
        var subsidies = await host.SignedInAsync("subsidies-a");
        GC.Collect();
        var before = Environment.WorkingSet;
        clock.Restart();
        var batch = await subsidies.PostAsJsonAsync("/api/subsidies/batches", new { programmeCode = "LivingSubsidy", term = "2025-2" });
        batch.EnsureSuccessStatusCode();
        var elapsed = clock.Elapsed;
        var body = JsonNode.Parse(await batch.Content.ReadAsStringAsync())!;
        var lines = body["lines"]!["total"]!.GetValue<int>();
        Console.WriteLine($"POST /subsidies/batches (LivingSubsidy 2025-2): {lines:N0} lines, ¥{body["totalAmount"]} in {elapsed.TotalSeconds:0.00} s (goal < 5 s at 100,000)");
        Console.WriteLine($"working set before the batch {before / 1048576} MB; process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");

        // 3. Coverage reads the same students from the registry without writing lines: the reading part alone.
        clock.Restart();
        var coverage = JsonNode.Parse(await subsidies.GetStringAsync("/api/subsidies/coverage?year=2025&programme=LivingSubsidy"))!;
        Console.WriteLine($"GET /subsidies/coverage (LivingSubsidy 2025): {coverage["eligible"]} eligible, {coverage["unpaid"]!.AsArray().Count} unpaid named, in {clock.Elapsed.TotalSeconds:0.00} s");
    }
}
