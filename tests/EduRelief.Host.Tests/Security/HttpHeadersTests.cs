using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EduRelief.Host.Tests.Security;

/// <summary>Every response says: do not sniff, do not frame, do not cache, and does not name the server.</summary>
[Collection(HostCollection.Name)]
public sealed class HttpHeadersTests(EduReliefApp app)
{
    [Theory]
    [InlineData("/api/registry/townships")]
    [InlineData("/api/admin/jobs")]
    [InlineData("/api/registry/no-such-route")]
    [InlineData("/health")]
    public async Task An_api_response_carries_the_security_headers_and_is_not_cached(string path)
    {
        using var admin = app.CreateAdminClient();

        var response = await admin.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task A_refusal_at_the_gate_carries_them_too()
    {
        using var anonymous = app.CreateAnonymousClient();

        var response = await anonymous.GetAsync("/api/registry/townships");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_dashboard_still_renders_under_its_policy_and_loads_nothing_from_elsewhere()
    {
        using var admin = app.CreateAdminClient();

        var response = await admin.GetAsync("/hangfire/recurring");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("registry:ledger-refresh", html, StringComparison.Ordinal);
        // Every script and stylesheet the page loads is the dashboard's own, which 'self' allows.
        var sources = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources.Where(s => s.EndsWith(".js", StringComparison.Ordinal) || s.Contains("/js", StringComparison.Ordinal) || s.Contains("/css", StringComparison.Ordinal)),
            source => Assert.StartsWith("/hangfire/", source, StringComparison.Ordinal));
        var script = await admin.GetAsync(sources.First(s => s.Contains("/js", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public void Kestrel_does_not_name_itself_in_a_Server_header()
    {
        var kestrel = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.False(kestrel.AddServerHeader);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : string.Empty;
}
