using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduRelief.Browser.Tests;

/// <summary>
/// The real Host on a loopback port of its own (Kestrel, not the in-memory test server: a browser must reach it),
/// on the embedded default in a fresh data folder, with a first administrator. Users are created through the API.
/// </summary>
public sealed class ConsoleHost : WebApplicationFactory<Program>
{
    public const string AdminUser = "county-it";
    public const string AdminPassword = "Bootstrap-Pass-2026";
    public const string UserPassword = "Officer-Pass-2026";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "edurelief-browser", Guid.NewGuid().ToString("N"));
    private int _users;

    public ConsoleHost()
    {
        Directory.CreateDirectory(_dataDirectory);
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}/");
        UseKestrel(Port);
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development serves the packages' static files (Ant Design, ECharts) from the build output.
        builder.UseEnvironment("Development");
        builder.UseSetting("EduRelief:DataDirectory", _dataDirectory);
        builder.UseSetting("EduRelief:Bootstrap:AdminUser", AdminUser);
        builder.UseSetting("EduRelief:Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("EduRelief:Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("EduRelief:Access:SignIn:AttemptsPerAddress", "1000000");
    }

    /// <summary>An API client on the real port, signed in with a bearer token.</summary>
    public async Task<HttpClient> ApiAsAsync(string userName, string password)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var login = await client.PostAsJsonAsync("/api/access/login", new { userName, password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Creates a user with this role and scope through the API; returns the user name (password <see cref="UserPassword"/>).</summary>
    public async Task<string> UserAsync(string role, string[]? townships = null, string[]? schools = null, string[]? modules = null, string[]? permissions = null)
    {
        var userName = $"{role.ToLowerInvariant()}-{Interlocked.Increment(ref _users)}";
        using var admin = await ApiAsAsync(AdminUser, AdminPassword);
        var created = await admin.PostAsJsonAsync("/api/access/users", new { userName, password = UserPassword, roles = new[] { role }, townships, schools, modules, permissions });
        if (created.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"creating {userName}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        }

        return userName;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a closing connection: the temp folder is cleaned up by the OS.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
