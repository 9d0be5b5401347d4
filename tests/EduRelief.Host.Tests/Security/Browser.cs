using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EduRelief.Host.Tests.Security;

/// <summary>A browser: signed in with the cookie (no bearer token), keeping the cookies it is given.</summary>
internal static partial class Browser
{
    /// <summary>The header the dashboard's own script sends its antiforgery token in.</summary>
    public const string AntiforgeryHeader = "RequestVerificationToken";

    public static async Task<HttpClient> SignInAsync(EduReliefApp app, string userName, string password)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Authorization = null;
        (await browser.PostAsJsonAsync($"{AccessApi.Login}?useCookies=true", new { userName, password })).EnsureSuccessStatusCode();
        return browser;
    }

    /// <summary>A new user with this role, signed in with the cookie.</summary>
    public static async Task<(HttpClient Browser, string UserName)> NewUserAsync(EduReliefApp app, string role = Roles.CountyOfficer)
    {
        var userName = AccessApi.NewUserName("browser");
        using var admin = app.CreateAdminClient();
        await admin.CreateUserAsync(userName, role);
        return (await SignInAsync(app, userName, EduReliefApp.UserPassword), userName);
    }

    /// <summary>Opens a dashboard page and returns the antiforgery token its script would send with the page's actions.</summary>
    public static async Task<string> DashboardTokenAsync(this HttpClient browser, string page)
    {
        var html = await (await browser.GetAsync(page)).Content.ReadAsStringAsync();
        var token = CsrfToken().Match(html);
        Assert.True(token.Success, $"the dashboard page {page} carries no antiforgery token");
        Assert.Contains($"<meta name=\"csrf-header\" content=\"{AntiforgeryHeader}\"", html, StringComparison.Ordinal);
        return System.Net.WebUtility.HtmlDecode(token.Groups[1].Value);
    }

    /// <summary>Presses "Trigger now" for the ledger refresh on the dashboard's recurring jobs page, with or without the page's token.</summary>
    public static async Task<HttpStatusCode> TriggerOnDashboardAsync(this HttpClient browser, string? token, string? origin = null)
    {
        using var press = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", LedgerRefreshRuns.JobId)]),
        };
        if (token is not null)
        {
            press.Headers.Add(AntiforgeryHeader, token);
        }

        if (origin is not null)
        {
            press.Headers.Add("Origin", origin);
        }

        return (await browser.SendAsync(press)).StatusCode;
    }

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();
}
