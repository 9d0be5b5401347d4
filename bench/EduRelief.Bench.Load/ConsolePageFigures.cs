using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace EduRelief.Bench.Load;

/// <summary>
/// The console's student list over the seeded county, as a browser first asks for it: the page is rendered on the
/// server with its first page of students before the circuit starts, so the time to its last byte, one request at a
/// time on loopback, is the server's time. Beside it in the same run, the API's page of the same query (50 students,
/// the same filter): what the page costs over the query itself.
/// </summary>
internal static class ConsolePageFigures
{
    private const int Warmup = 20;

    public static async Task RunAsync(Uri address, string userName, string password, string bearer, string township, int requests)
    {
        using var browser = await CookieClientAsync(address, userName, password);
        using var api = new HttpClient { BaseAddress = address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var figures = new (string Name, HttpClient Client, string Url)[]
        {
            ("console page /registry/students (first page)", browser, "/registry/students"),
            ($"console page /registry/students?townshipCode={township}", browser, $"/registry/students?townshipCode={township}"),
            ("API GET /api/registry/students (same page)", api, "/api/registry/students?pageSize=50"),
            ($"API GET /api/registry/students?townshipCode={township}", api, $"/api/registry/students?pageSize=50&townshipCode={township}"),
        };
        Console.WriteLine($"  console list, {requests} requests each, one at a time (goal: the page < 200 ms):");
        foreach (var (name, client, url) in figures)
        {
            var times = await TimeAsync(client, url, requests);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {name,-62} p50 {Percentile(times, 0.50),7:0.0} ms  p99 {Percentile(times, 0.99),7:0.0} ms  max {times[^1],7:0.0} ms"));
        }
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, string url, int requests)
    {
        var times = new List<double>(requests);
        for (var i = 0; i < Warmup + requests; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            clock.Stop();
            if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
            {
                throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode}");
            }

            if (i >= Warmup)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return times;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task<HttpClient> CookieClientAsync(Uri address, string userName, string password)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
        // A browser's sign-in comes from the Host's own page (ADR 17).
        client.DefaultRequestHeaders.Add("Origin", address.GetLeftPart(UriPartial.Authority));
        (await client.PostAsJsonAsync("/api/access/login?useCookies=true", new { userName, password })).EnsureSuccessStatusCode();
        return client;
    }
}
