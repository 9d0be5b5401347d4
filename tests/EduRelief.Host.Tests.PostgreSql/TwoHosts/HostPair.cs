using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;
using Npgsql;

namespace EduRelief.Host.Tests.TwoHosts;

/// <summary>
/// Two real Host processes, A and B, on one fresh PostgreSQL database and one data folder (so both see the same
/// household inbox), started at the same moment: both migrate and seed an empty database at once. Killed, and the
/// database dropped, on dispose. <see cref="ExplainFailureAsync"/> runs a test and adds the tail of every Host's log
/// to whatever fails in it.
/// </summary>
public sealed class HostPair : IAsyncLifetime
{
    public const string AdminUser = "county-it";
    public const string AdminPassword = "Bootstrap-Pass-2026";
    public const string UserPassword = "Officer-Pass-2026";

    /// <summary>Two Hosts migrating at once on a 2-core machine shared with other builds: generous, and still bounded.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly List<HostProcess> _hosts = [];
    private readonly List<(string ConnectionString, string DataDirectory)> _deployments = [];
    private int _users;

    public HostProcess A { get; private set; } = null!;

    public HostProcess B { get; private set; } = null!;

    /// <summary>The pair's database, for the test's own look into it (no application name: not a Host's session).</summary>
    public string ConnectionString { get; private set; } = null!;

    public string DataDirectory { get; private set; } = null!;

    public string HouseholdInbox => Path.Combine(DataDirectory, "inbox", "households");

    /// <summary>How long the two Hosts took to start together, for the test output.</summary>
    public TimeSpan StartedIn { get; private set; }

    public async Task InitializeAsync()
    {
        if (PostgreSqlServer.SkipReason is not null)
        {
            return; // every test is skipped; nothing to start
        }

        (ConnectionString, DataDirectory) = NewDeployment();
        var clock = Stopwatch.StartNew();
        var started = await StartTogetherAsync(ConnectionString, DataDirectory, "a", "b");
        StartedIn = clock.Elapsed;
        (A, B) = (started[0], started[1]);
    }

    /// <summary>Starts Hosts on one database at the same moment; if any fails, all are killed and the failure says why.</summary>
    public async Task<HostProcess[]> StartTogetherAsync(string connectionString, string dataDirectory, params string[] names)
    {
        var starts = names.Select(name => Task.Run(() => HostProcess.StartAsync(name, connectionString, dataDirectory, StartTimeout))).ToArray();
        try
        {
            await Task.WhenAll(starts);
        }
        catch
        {
            var failures = new List<string>();
            foreach (var start in starts)
            {
                if (start.IsCompletedSuccessfully)
                {
                    _hosts.Add(start.Result);
                    failures.Add(start.Result.Describe(40));
                }
                else
                {
                    failures.Add(start.Exception?.InnerException?.Message ?? "cancelled");
                }
            }

            throw new HostStartException($"Hosts {string.Join(", ", names)} did not all start together:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        }

        var hosts = starts.Select(s => s.Result).ToArray();
        _hosts.AddRange(hosts);
        return hosts;
    }

    /// <summary>
    /// A Host of another deployment: its own fresh database and data folder, so its own signing keys. Killed with
    /// the pair, or earlier by disposing it; its log is in failure messages all the same.
    /// </summary>
    public async Task<HostProcess> StartOtherDeploymentAsync(string name)
    {
        var (connectionString, dataDirectory) = NewDeployment();
        return (await StartTogetherAsync(connectionString, dataDirectory, name))[0];
    }

    /// <summary>Runs a test body; anything that fails in it fails with the tail of every Host's log attached.</summary>
    public async Task ExplainFailureAsync(Func<Task> test)
    {
        try
        {
            await test();
        }
        catch (Exception e) when (e is not HostTestFailureException)
        {
            throw new HostTestFailureException(e.Message + Environment.NewLine + Environment.NewLine + Logs(60), e);
        }
    }

    public string Logs(int lines) => string.Join(Environment.NewLine, _hosts.Select(h => h.Describe(lines)));

    public static async Task<string> LoginAsync(HostProcess host, string userName, string password)
    {
        using var anonymous = host.CreateClient();
        using var response = await anonymous.PostAsJsonAsync("/api/access/login", new { userName, password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"login of {userName} on host {host.Name}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!["accessToken"]!.GetValue<string>();
    }

    /// <summary>A client of the host signed in as the bootstrap administrator (signed in on that host).</summary>
    public static async Task<HttpClient> AdminAsync(HostProcess host) => host.CreateClient(await LoginAsync(host, AdminUser, AdminPassword));

    /// <summary>Creates a user through <paramref name="via"/> and returns its name (password <see cref="UserPassword"/>).</summary>
    public async Task<string> NewUserAsync(HostProcess via, string role, string[]? modules = null)
    {
        var userName = $"{role.ToLowerInvariant()}-{Interlocked.Increment(ref _users)}";
        using var admin = await AdminAsync(via);
        using var created = await admin.PostAsJsonAsync("/api/access/users", new { userName, password = UserPassword, roles = new[] { role }, modules });
        await created.ShouldBeAsync(HttpStatusCode.Created);
        return userName;
    }

    /// <summary>A client of <paramref name="host"/> for a new user, who signs in there.</summary>
    public async Task<HttpClient> NewUserClientAsync(HostProcess host, string role, string[]? modules = null, TimeSpan? timeout = null)
    {
        var userName = await NewUserAsync(host, role, modules);
        return host.CreateClient(await LoginAsync(host, userName, UserPassword), timeout);
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default! : (T)Convert.ChangeType(result, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<object[]>> RowsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<object[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        foreach (var (connectionString, dataDirectory) in _deployments)
        {
            PostgreSqlServer.DropDatabase(connectionString);
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Left to the OS temp cleaner.
            }
        }
    }

    private (string ConnectionString, string DataDirectory) NewDeployment()
    {
        var deployment = (PostgreSqlServer.CreateDatabase(), Path.Combine(Path.GetTempPath(), "edurelief-twohosts", Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(deployment.Item2);
        _deployments.Add(deployment);
        return deployment;
    }
}

/// <summary>A test's failure with the Hosts' logs attached; the original is the inner exception.</summary>
public sealed class HostTestFailureException(string message, Exception inner) : Exception(message, inner);
