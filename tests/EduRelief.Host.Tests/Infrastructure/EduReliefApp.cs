using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EduRelief.Host.Tests.Infrastructure;

/// <summary>
/// The real Host on its embedded default (a SQLite file per module and Hangfire's own SQLite file), in a fresh
/// data folder of its own, with a first administrator from configuration. Built with <c>POSTGRESQL</c> (the
/// EduRelief.Host.Tests.PostgreSql project), every instance runs on a fresh database of its own on the test
/// process's <see cref="PostgreSqlServer"/> instead (each module its own schema there), dropped on Dispose; the data
/// folder stays for the files the Host still keeps there (the household inbox). <see cref="WebApplicationFactory{T}.CreateClient()"/>
/// gives a client signed in as a county officer (the relief office, who may do everything with data);
/// <see cref="CreateClientAs"/> signs in with any role and scope, <see cref="CreateAnonymousClient"/> with none.
/// Extra settings switch modules or features for one test class.
/// </summary>
public sealed class EduReliefApp : WebApplicationFactory<Program>
{
    public const string AdminUser = "county-it";
    public const string AdminPassword = "Bootstrap-Pass-2026";
    public const string UserPassword = "Officer-Pass-2026";

    private readonly Lazy<string> _officerToken;
    private readonly Lazy<string> _adminToken;
    private int _users;

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public EduReliefApp()
        : this(new Dictionary<string, string?>())
    {
    }

    internal EduReliefApp(Dictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "edurelief-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
#if POSTGRESQL
        ConnectionString = PostgreSqlServer.CreateDatabase();
#endif
        _settings = settings;
        _services = services;
        _adminToken = new(() => Login(AdminUser, AdminPassword));
        _officerToken = new(() => TokenFor(Roles.CountyOfficer));
    }

    public string DataDirectory { get; }

#if POSTGRESQL
    /// <summary>This app's own database (<c>ConnectionStrings:EduRelief</c>), for tests that look into it directly.</summary>
    public string ConnectionString { get; }
#endif

    public string HouseholdInbox => Path.Combine(DataDirectory, "inbox", "households");

#if POSTGRESQL
    /// <summary>Whether this app's database holds the schema (a module's, or Hangfire's <c>hangfire</c>).</summary>
    public async Task<bool> HasSchemaAsync(string schema)
    {
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = @schema)", connection);
        command.Parameters.AddWithValue("schema", schema);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
#endif

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(SilentHangfireLogs.Instance);
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("EduRelief:DataDirectory", DataDirectory);
#if POSTGRESQL
        builder.UseSetting("EduRelief:Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:EduRelief", ConnectionString);
#endif
        builder.UseSetting("EduRelief:Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("EduRelief:Bootstrap:AdminUser", AdminUser);
        builder.UseSetting("EduRelief:Bootstrap:AdminPassword", AdminPassword);
        // The whole suite signs in from one address; the throttle per address is tested on an app of its own.
        builder.UseSetting("EduRelief:Access:SignIn:AttemptsPerAddress", "1000000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    /// <summary>Every client from CreateClient() is the county officer's.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(TestLanguage);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _officerToken.Value);
    }

    /// <summary>
    /// Every client asks for English, as a browser set to English would, so tests read the English messages; the
    /// language tests clear the header to see the Chinese default.
    /// </summary>
    public const string TestLanguage = "en";

    public HttpClient CreateAnonymousClient() => InEnglish(Server.CreateClient());

    public HttpClient CreateAdminClient() => WithToken(_adminToken.Value);

    /// <summary>A new user with this role and scope, signed in. Returns the client and the user name.</summary>
    public (HttpClient Client, string UserName) CreateClientAs(
        string role, string[]? townships = null, string[]? schools = null, string[]? modules = null, string[]? permissions = null)
    {
        var userName = $"{role.ToLowerInvariant()}-{Interlocked.Increment(ref _users)}";
        return (WithToken(TokenFor(role, userName, townships, schools, modules, permissions)), userName);
    }

    private string TokenFor(string role, string? userName = null, string[]? townships = null, string[]? schools = null, string[]? modules = null, string[]? permissions = null)
    {
        userName ??= $"{role.ToLowerInvariant()}-{Interlocked.Increment(ref _users)}";
        // A fresh admin sign-in: a test may have moved the clock past the cached token's expiry.
        using var admin = WithToken(Login(AdminUser, AdminPassword));
        var created = admin.PostAsJsonAsync("/api/access/users", new { userName, password = UserPassword, roles = new[] { role }, townships, schools, modules, permissions })
            .GetAwaiter().GetResult();
        if (created.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Could not create test user {userName}: {(int)created.StatusCode} {created.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        }

        return Login(userName, UserPassword);
    }

    public string Login(string userName, string password)
    {
        using var anonymous = Server.CreateClient();
        var response = anonymous.PostAsJsonAsync("/api/access/login", new { userName, password }).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Login of {userName} failed: {(int)response.StatusCode} {body}");
        }

        return JsonNode.Parse(body)!["accessToken"]!.GetValue<string>();
    }

    public HttpClient WithToken(string token)
    {
        var client = InEnglish(Server.CreateClient());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static HttpClient InEnglish(HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(TestLanguage);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
#if POSTGRESQL
            // The Host has stopped; whatever it left connected is closed by the FORCE drop.
            Npgsql.NpgsqlConnection.ClearAllPools();
            PostgreSqlServer.DropDatabase(ConnectionString);
#else
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
#endif
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a background thread is left to the OS temp cleaner.
            }
        }
    }
}
