using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduRelief.Bench.Api;

/// <summary>The real Host in process (TestServer), on its embedded SQLite default in a fresh folder.</summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    public const string AdminUser = "bench-it";
    public const string Password = "Bench-Pass-2026";

    /// <summary>With a PostgreSQL connection string the Host runs on that database (every module and Hangfire).</summary>
    public BenchHost(string? postgreSql = null)
    {
        PostgreSql = postgreSql;
        // Outside a test project there is no content-root manifest; the Host needs no files from its folder.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_EDURELIEF_HOST", AppContext.BaseDirectory);
    }

    public string? PostgreSql { get; }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "edurelief-bench-api", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("EduRelief:DataDirectory", DataDirectory);
        builder.UseSetting("EduRelief:Bootstrap:AdminUser", AdminUser);
        builder.UseSetting("EduRelief:Bootstrap:AdminPassword", Password);
        builder.UseSetting("EduRelief:Registry:MaxImportBytes", (512L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (PostgreSql is not null)
        {
            builder.UseSetting("EduRelief:Database:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:EduRelief", PostgreSql);
        }

        // The figures are of the request paths. Delivering the roster's 100,000 registration events would run on
        // the same two cores during the measurements; the outbox is measured by its own tests, not here.
        builder.UseSetting("EduRelief:Outbox:Enabled", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    public async Task<HttpClient> SignedInAsync(string userName)
    {
        var anonymous = Server.CreateClient();
        var login = await anonymous.PostAsJsonAsync("/api/access/login", new { userName, password = Password });
        login.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await login.Content.ReadAsStringAsync())!["accessToken"]!.GetValue<string>();
        var client = Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task CreateUserAsync(HttpClient admin, string userName, string role, string[]? modules = null, string[]? townships = null, string[]? permissions = null)
    {
        var response = await admin.PostAsJsonAsync("/api/access/users", new { userName, password = Password, roles = new[] { role }, modules, townships, permissions });
        response.EnsureSuccessStatusCode();
    }
}
