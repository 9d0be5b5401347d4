using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Access;

/// <summary>Routes and read-backs the Access tests share: sign-in, users and the audit log.</summary>
internal static class AccessApi
{
    public const string Login = "/api/access/login";
    public const string Refresh = "/api/access/refresh";
    public const string Me = "/api/access/me";
    public const string Users = "/api/access/users";
    public const string Audit = "/api/access/audit";

    public static string Access(string userName) => $"{Users}/{Uri.EscapeDataString(userName)}/access";

    /// <summary>A user name no other test uses (3–64 letters, digits or . _ @ -).</summary>
    public static string NewUserName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 64)];

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient anonymous, string userName, string password) =>
        anonymous.PostAsJsonAsync(Login, new { userName, password });

    /// <summary>Creates a user through the API as the given (administrator) client; asserts 201.</summary>
    public static async Task<JsonNode> CreateUserAsync(
        this HttpClient admin, string userName, string role, string[]? townships = null, string[]? schools = null, string[]? modules = null, string[]? permissions = null)
    {
        var response = await admin.PostAsJsonAsync(Users, new
        {
            userName,
            password = EduReliefApp.UserPassword,
            roles = new[] { role },
            townships,
            schools,
            modules,
            permissions,
        });
        return await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    /// <summary>Whether the user list (read by an administrator or auditor) holds this user.</summary>
    public static async Task<bool> UserExistsAsync(this HttpClient adminOrAuditor, string userName)
    {
        var users = (await (await adminOrAuditor.GetAsync(Users)).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        return users.Any(u => u!["userName"]!.GetValue<string>() == userName);
    }

    /// <summary>One page of the audit log (read by an administrator or auditor) for this query string.</summary>
    public static async Task<JsonNode> AuditPageAsync(this HttpClient adminOrAuditor, string query) =>
        await (await adminOrAuditor.GetAsync($"{Audit}?{query}")).ShouldBeAsync(HttpStatusCode.OK);

    /// <summary>The audit entries (newest first) for this query string.</summary>
    public static async Task<List<JsonNode>> AuditEntriesAsync(this HttpClient adminOrAuditor, string query) =>
        (await adminOrAuditor.AuditPageAsync(query + "&pageSize=500"))["items"]!.AsArray().Select(e => e!).ToList();
}
