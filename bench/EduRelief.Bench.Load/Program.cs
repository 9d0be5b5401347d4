using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EduRelief.Bench.Api;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Bench.Load;

/// <summary>
/// A loopback load figure: a Release Host started as a process of its own (or two, on one PostgreSQL), 100,000
/// students seeded through <c>POST /api/registry/imports/roster</c>, then 32 concurrent clients (each its own
/// connection) as a county officer on <c>GET /api/registry/students/{id}</c>, <c>…/{id}/file</c> (audited: every
/// view is checked against the audit log afterwards) and <c>GET /api/registry/students?pageSize=50</c> (the first
/// page and random pages), each for 30 s at a fixed rate and again unthrottled. Loopback only; every loop is bounded
/// in time and count.
/// Usage: dotnet run -c Release --project bench/EduRelief.Bench.Load -- [--modes sqlite,postgresql,two-hosts]
///   [--students 100000] [--clients 32] [--duration 30] [--rate 500] [--list-rate 200] [--figures student,file,list,page,console]
///   [--no-max] [--host path/to/EduRelief.Host.dll]
/// </summary>
internal static class LoadBench
{
    private const string AdminUser = "bench-it";
    private const string Officer = "officer";
    private const string Password = "Bench-Pass-2026";
    private const int ListPageSize = 50;

    public static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options.Host is { } host)
        {
            HostProcess.HostDll = Path.GetFullPath(host);
        }
        if (!HostProcess.IsRelease)
        {
            Console.WriteLine("warning: a Debug build; the figures are of Release: dotnet run -c Release --project bench/EduRelief.Bench.Load");
        }

        Console.WriteLine($"Loopback load: {options.Students:N0} students, {options.Clients} clients, {options.Duration.TotalSeconds:0} s per figure, " +
                          $"{options.Rate:0}/s (student, file) and {options.ListRate:0}/s (list) or unthrottled; {Environment.ProcessorCount} cores shared by the Host(s), the database and this load generator.");
        Console.WriteLine($"Host: {HostProcess.HostDll}");
        foreach (var mode in options.Modes)
        {
            await RunModeAsync(mode, options);
        }

        return 0;
    }

    private static async Task RunModeAsync(string mode, Options options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "edurelief-bench-load", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string? database = null;
        var hosts = new List<HostProcess>();
        try
        {
            var hostCount = mode == "two-hosts" ? 2 : 1;
            var common = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["EduRelief__Bootstrap__AdminUser"] = AdminUser,
                ["EduRelief__Bootstrap__AdminPassword"] = Password,
                ["EduRelief__Registry__MaxImportBytes"] = (512L * 1024 * 1024).ToString(CultureInfo.InvariantCulture),
                // As in the API bench: delivering the roster's 100,000 registration events would run on the same two
                // cores during the measurements; the outbox is measured by its own tests.
                ["EduRelief__Outbox__Enabled"] = "false",
            };
            string title;
            if (mode == "sqlite")
            {
                title = "SQLite, one Host";
            }
            else
            {
                if (PostgreSqlServer.SkipReason is { } reason)
                {
                    Console.WriteLine($"{mode}: skipped ({reason})");
                    return;
                }

                database = PostgreSqlServer.CreateDatabase();
                common["EduRelief__Database__Provider"] = "PostgreSql";
                common["ConnectionStrings__EduRelief"] = database;
                title = hostCount == 1 ? "PostgreSQL, one Host" : "PostgreSQL, two Hosts on one database (clients split across both)";
            }

            Console.WriteLine();
            Console.WriteLine($"== {title}");
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < hostCount; i++)
            {
                var dataDirectory = Path.Combine(folder, $"host{i + 1}");
                Directory.CreateDirectory(dataDirectory);
                hosts.Add(await HostProcess.StartAsync($"host{i + 1}", new Dictionary<string, string>(common) { ["EduRelief__DataDirectory"] = dataDirectory }, folder));
            }

            Console.WriteLine($"  {hostCount} Host(s) started in {clock.Elapsed.TotalSeconds:0.0} s (logs in {folder})");
            await RunFiguresAsync(hosts, options);
        }
        finally
        {
            foreach (var host in hosts)
            {
                var exit = await host.StopAsync();
                Console.WriteLine($"  {host.Name} stopped (SIGTERM), exit code {exit}");
                await host.DisposeAsync();
            }

            if (database is not null)
            {
                PostgreSqlServer.DropDatabase(database);
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // left to the temp cleaner
            }
        }
    }

    private static async Task RunFiguresAsync(List<HostProcess> hosts, Options options)
    {
        var first = hosts[0];
        using var admin = await SignedInAsync(first.Address, AdminUser);
        (await admin.PostAsJsonAsync("/api/access/users", new { userName = Officer, password = Password, roles = new[] { "CountyOfficer" } })).EnsureSuccessStatusCode();
        using var officer = await SignedInAsync(first.Address, Officer);

        var clock = Stopwatch.StartNew();
        var schools = await SeedSchoolsAsync(officer);
        var csv = Roster.WriteCsv(0, options.Students, schools);
        try
        {
            using var content = new StreamContent(File.OpenRead(csv));
            content.Headers.ContentType = new("text/csv");
            (await officer.PostAsync(new Uri("/api/registry/imports/roster", UriKind.Relative), content)).EnsureSuccessStatusCode();
        }
        finally
        {
            File.Delete(csv);
        }

        Console.WriteLine($"  seeded {options.Students:N0} students through POST /imports/roster in {clock.Elapsed.TotalSeconds:0.0} s");

        var total = (await GetJsonAsync(officer, "/api/registry/students?pageSize=1"))["total"]!.GetValue<int>();
        var ids = await SampleIdsAsync(officer, total);
        var pages = Math.Max(1, (total + ListPageSize - 1) / ListPageSize);

        // Every client signs in on its own (as separate people would) and talks to one Host, over one connection.
        var token = await TokenAsync(first.Address, Officer);
        var clients = Enumerable.Range(0, options.Clients).Select(i => Client(hosts[i % hosts.Count].Address, token)).ToList();
        try
        {
            var figures = new List<(string Key, string Name, double Rate, Func<Random, string> Url)>
            {
                ("student", "GET /students/{id}", options.Rate, r => $"/api/registry/students/{ids[r.Next(ids.Count)]}"),
                ("file", "GET /students/{id}/file (audited)", options.Rate, r => $"/api/registry/students/{ids[r.Next(ids.Count)]}/file"),
                ("list", "GET /students?pageSize=50 (page 1)", options.ListRate, _ => $"/api/registry/students?pageSize={ListPageSize}"),
                ("page", "GET /students?pageSize=50&page=rnd", options.ListRate, r => $"/api/registry/students?pageSize={ListPageSize}&page={1 + r.Next(pages)}"),
            };
            if (options.Figures.Contains("console"))
            {
                await ConsolePageFigures.RunAsync(first.Address, Officer, Password, token, "T03", 200);
            }

            Console.WriteLine(LoadResult.Header);
            foreach (var (key, name, rate, url) in figures.Where(f => options.Figures.Contains(f.Key)))
            {
                // Warm-up, not counted: JIT, connection pools, caches.
                await LoadRun.RunAsync(name, clients, url, rate, TimeSpan.FromSeconds(3), (long)(rate * 3));
                var auditBefore = key == "file" ? await AuditCountAsync(admin) : 0;
                var views = 0;
                foreach (var target in options.Max ? new double?[] { rate, null } : [rate])
                {
                    var result = await LoadRun.RunAsync(name, clients, url, target, options.Duration, MaxRequests(target, options.Duration));
                    Console.WriteLine(result);
                    views += result.Requests - result.Exceptions.Values.Sum();
                }

                if (key == "file")
                {
                    var audited = await AuditCountAsync(admin) - auditBefore;
                    Console.WriteLine($"  audit log: {audited:N0} new entries for {views:N0} file views answered{(audited == views ? ": none lost" : $": {views - audited} MISSING")}");
                }
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>A fixed rate sends at most rate × duration; unthrottled is capped far above what two cores serve.</summary>
    private static long MaxRequests(double? rate, TimeSpan duration) =>
        rate is { } r ? (long)Math.Ceiling(r * duration.TotalSeconds) : (long)(50_000 * duration.TotalSeconds);

    private static async Task<int> AuditCountAsync(HttpClient admin) =>
        (await GetJsonAsync(admin, $"/api/access/audit?user={Officer}&module=Registry&pageSize=1"))["total"]!.GetValue<int>();

    private static async Task<List<string>> SampleIdsAsync(HttpClient officer, int total)
    {
        var ids = new List<string>();
        var random = new Random(42);
        var pages = Math.Max(1, total / 500);
        for (var i = 0; i < 10; i++)
        {
            var page = await GetJsonAsync(officer, $"/api/registry/students?pageSize=500&page={1 + random.Next(pages)}");
            ids.AddRange(page["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        }

        return ids.Distinct(StringComparer.Ordinal).ToList();
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

    private static async Task<JsonNode> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<string> TokenAsync(Uri address, string userName)
    {
        using var anonymous = new HttpClient { BaseAddress = address };
        using var login = await anonymous.PostAsJsonAsync("/api/access/login", new { userName, password = Password });
        login.EnsureSuccessStatusCode();
        return JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
    }

    private static async Task<HttpClient> SignedInAsync(Uri address, string userName) =>
        Client(address, await TokenAsync(address, userName), TimeSpan.FromMinutes(10));

    private static HttpClient Client(Uri address, string token, TimeSpan? timeout = null)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
        };
        var client = new HttpClient(handler) { BaseAddress = address, Timeout = timeout ?? TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record Options(
        IReadOnlyList<string> Modes, int Students, int Clients, TimeSpan Duration, double Rate, double ListRate, IReadOnlySet<string> Figures, bool Max, string? Host)
    {
        private static readonly string[] AllModes = ["sqlite", "postgresql", "two-hosts"];
        private static readonly string[] AllFigures = ["student", "file", "list", "page", "console"];

        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var max = true;
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i] == "--no-max")
                {
                    max = false;
                }
                else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    values[args[i][2..]] = args[++i];
                }
                else
                {
                    throw new ArgumentException($"unknown argument {args[i]}");
                }
            }

            var modes = List(values.GetValueOrDefault("modes"), AllModes);
            var figures = List(values.GetValueOrDefault("figures"), AllFigures);
            var options = new Options(
                modes,
                Number(values, "students", 100_000),
                Number(values, "clients", 32),
                TimeSpan.FromSeconds(Number(values, "duration", 30)),
                Number(values, "rate", 500),
                Number(values, "list-rate", 200),
                figures.ToHashSet(StringComparer.Ordinal),
                max,
                values.GetValueOrDefault("host"));
            if (options.Clients is < 1 or > 256 || options.Duration <= TimeSpan.Zero || options.Duration > TimeSpan.FromMinutes(10) || options.Rate <= 0 || options.ListRate <= 0)
            {
                throw new ArgumentException("clients 1–256, duration 1–600 s, rates above 0");
            }

            return options;
        }

        private static string[] List(string? value, string[] all)
        {
            if (value is null)
            {
                return all;
            }

            var chosen = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return chosen.FirstOrDefault(c => !all.Contains(c, StringComparer.Ordinal)) is { } unknown
                ? throw new ArgumentException($"unknown {unknown}; one of {string.Join(", ", all)}")
                : chosen;
        }

        private static int Number(Dictionary<string, string> values, string key, int fallback) =>
            values.TryGetValue(key, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
    }
}
