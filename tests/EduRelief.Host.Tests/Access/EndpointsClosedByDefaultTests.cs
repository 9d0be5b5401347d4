using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EduRelief.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Host.Tests.Access;

/// <summary>
/// Closed by default: every route the Host maps — found by enumerating the routing table, so a route added later is
/// covered without touching this test — turns an anonymous caller away: 401 from the API, the dashboard and the
/// console's circuit, a redirect to the sign-in page from a console page. Only /health, the sign-in endpoints, the
/// console's sign-in page and its language switch are open, and that list is asserted exactly, so a new anonymous
/// endpoint fails here. The console's static files (scripts, styles) are open too, and are checked to be only files.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EndpointsClosedByDefaultTests(EduReliefApp app)
{
    /// <summary>The only requests an anonymous caller may make.</summary>
    private static readonly string[] AllowList =
        ["GET /health", "POST /api/access/login", "POST /api/access/refresh", "GET /login", "POST /login", "GET /language/x"];

    /// <summary>Paths that are not ordinary route endpoints but must be closed too.</summary>
    private static readonly string[] ExtraPaths = ["GET /hangfire", "GET /hangfire/recurring", "GET /openapi/v1.json"];

    private static readonly string[] BodyMethods = ["POST", "PUT", "PATCH"];

    /// <summary>"METHOD /path" for every route endpoint, parameters filled with plausible values.</summary>
    private List<(string Method, string Path, RouteEndpoint Endpoint)> Requests()
    {
        // Make sure the Host has started and mapped its routes.
        _ = app.Server;
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(e => !IsStaticFile(e)).ToList();
        var requests = new List<(string, string, RouteEndpoint)>();
        foreach (var endpoint in endpoints)
        {
            var path = PathOf(endpoint.RoutePattern);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            requests.AddRange(methods.Select(method => (method, path, endpoint)));
        }

        return requests.Distinct().ToList();
    }

    /// <summary>Every route endpoint plus the dashboard and the OpenAPI document, as (method, path).</summary>
    private List<(string Method, string Path)> AllRequests() =>
        Requests().Select(r => (r.Method, r.Path)).Concat(ExtraPaths.Select(Split)).Distinct().ToList();

    private static string PathOf(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter => ValueFor(parameter),
                    _ => "x",
                });
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string ValueFor(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content is "guid") ? Guid.NewGuid().ToString()
        : parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") ? "1"
        : "x";

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (BodyMethods.Contains(method))
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    /// <summary>
    /// Turned away by the authentication gate itself (not by an endpoint answering 401 on its own): a bearer challenge,
    /// or for a console page a redirect to the sign-in page that comes back to it.
    /// </summary>
    private static bool Challenged(HttpResponseMessage response) =>
        (response.StatusCode == HttpStatusCode.Unauthorized && response.Headers.WwwAuthenticate.Any(h => h.Scheme == "Bearer"))
        || (response.StatusCode == HttpStatusCode.Redirect && response.RequestMessage!.Method == HttpMethod.Get
            && response.Headers.Location?.OriginalString.StartsWith("/login?returnUrl=", StringComparison.Ordinal) == true);

    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor");

    [Fact]
    public void The_open_static_endpoints_serve_only_script_style_and_font_files()
    {
        var files = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(IsStaticFile)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();
        var allowed = new[] { ".js", ".css", ".map", ".gz", ".br", ".woff", ".woff2", ".ttf", ".svg", ".png", ".ico", ".json", ".less", ".txt", ".md" };

        Assert.Contains(files, f => f.StartsWith("/_framework/blazor.web", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => !allowed.Any(extension => f.EndsWith(extension, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void The_routing_table_holds_every_module_and_admin_endpoint()
    {
        var paths = Requests().Select(r => $"{r.Method} {r.Path}").ToList();

        Assert.True(paths.Count > 20, $"only {paths.Count} endpoints found: {string.Join(", ", paths)}");
        Assert.Contains("GET /api/registry/students", paths);
        Assert.Contains("POST /api/access/users", paths);
        Assert.Contains("GET /api/access/audit", paths);
        Assert.Contains("GET /api/admin/jobs", paths);
        Assert.Contains(paths, p => p.StartsWith("GET /hangfire/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_health_and_sign_in_get_past_the_gate_without_a_token()
    {
        using var anonymous = app.CreateAnonymousClient();
        var open = new List<string>();
        foreach (var (method, path) in AllRequests())
        {
            using var response = await SendAsync(anonymous, method, path);
            if (!Challenged(response))
            {
                open.Add($"{method} {path} → {(int)response.StatusCode}");
            }
        }

        // The sign-in endpoints answer an empty body with their own 401 ("wrong user name or password"), not a challenge.
        Assert.Equal(AllowList.Order(StringComparer.Ordinal), open.Select(o => o[..o.IndexOf(" →", StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_endpoint_outside_the_allow_list_answers_exactly_401()
    {
        using var anonymous = app.CreateAnonymousClient();
        var wrong = new List<string>();
        foreach (var (method, path) in AllRequests().Where(r => !AllowList.Contains($"{r.Method} {r.Path}")))
        {
            using var response = await SendAsync(anonymous, method, path);
            if (!Challenged(response))
            {
                wrong.Add($"{method} {path} → {(int)response.StatusCode}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Only_health_and_the_sign_in_endpoints_carry_allow_anonymous_metadata()
    {
        var anonymousRoutes = Requests()
            .Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(r => $"{r.Method} {r.Path}")
            .Distinct()
            .Order(StringComparer.Ordinal);

        // /health is opened the same way; nothing else may be.
        Assert.Equal(AllowList.Order(StringComparer.Ordinal), anonymousRoutes);
    }

    [Fact]
    public async Task The_open_endpoints_work_without_a_token()
    {
        using var anonymous = app.CreateAnonymousClient();

        await (await anonymous.GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);
        var login = await (await anonymous.LoginAsync(EduReliefApp.AdminUser, EduReliefApp.AdminPassword)).ShouldBeAsync(HttpStatusCode.OK);
        var refresh = await anonymous.PostJsonAsync(AccessApi.Refresh, new { refreshToken = login["refreshToken"]!.GetValue<string>() });
        await refresh.ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_tampered_token_is_401()
    {
        var token = app.Login(EduReliefApp.AdminUser, EduReliefApp.AdminPassword);
        using (var genuine = app.WithToken(token))
        {
            await (await genuine.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK);
        }

        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
        using var client = app.WithToken(tampered);

        var response = await client.GetAsync(AccessApi.Me);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_cut_short_is_401()
    {
        var token = app.Login(EduReliefApp.AdminUser, EduReliefApp.AdminPassword);
        using var client = app.WithToken(token[..^4]);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(AccessApi.Me)).StatusCode);
    }

    [Fact]
    public async Task A_garbage_bearer_token_is_401()
    {
        using var client = app.WithToken("abc");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/registry/students")).StatusCode);
    }

    [Fact]
    public async Task A_refresh_token_used_as_an_access_token_is_401()
    {
        using var anonymous = app.CreateAnonymousClient();
        var login = await (await anonymous.LoginAsync(EduReliefApp.AdminUser, EduReliefApp.AdminPassword)).ShouldBeAsync(HttpStatusCode.OK);
        using var client = app.WithToken(login["refreshToken"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(AccessApi.Me)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_path_is_401_for_an_anonymous_caller_too()
    {
        using var anonymous = app.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/registry/no-such-thing")).StatusCode);
    }

    [Fact]
    public async Task A_basic_authorization_header_is_not_a_way_in()
    {
        using var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{EduReliefApp.AdminUser}:{EduReliefApp.AdminPassword}")));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/admin/jobs")).StatusCode);
    }

    private static (string Method, string Path) Split(string request)
    {
        var space = request.IndexOf(' ', StringComparison.Ordinal);
        return (request[..space], request[(space + 1)..]);
    }
}
