using System.Net;
using System.Text.Json.Nodes;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Security;

/// <summary>A refresh token works once; using one twice ends the sign-in; signing out ends it too.</summary>
[Collection(HostCollection.Name)]
public sealed class RefreshAndSignOutTests(EduReliefApp app)
{
    private readonly HttpClient _anonymous = app.CreateAnonymousClient();

    private async Task<(string UserName, JsonNode Tokens)> SignInAsync()
    {
        var userName = AccessApi.NewUserName("session");
        using (var admin = app.CreateAdminClient())
        {
            await admin.CreateUserAsync(userName, Roles.CountyOfficer);
        }

        return (userName, await (await _anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK));
    }

    private Task<HttpResponseMessage> RefreshAsync(JsonNode tokens) =>
        _anonymous.PostJsonAsync(AccessApi.Refresh, new { refreshToken = tokens.Text("refreshToken") });

    private async Task<HttpStatusCode> MeAsync(JsonNode tokens)
    {
        using var client = app.WithToken(tokens.Text("accessToken"));
        return (await client.GetAsync(AccessApi.Me)).StatusCode;
    }

    private async Task<List<JsonNode>> AuditOfAsync(string userName)
    {
        using var admin = app.CreateAdminClient();
        return await admin.AuditEntriesAsync($"module=Access&user={Uri.EscapeDataString(userName)}");
    }

    [Fact]
    public async Task A_refresh_token_used_a_second_time_is_refused_and_ends_the_whole_sign_in()
    {
        var (userName, first) = await SignInAsync();
        var second = await (await RefreshAsync(first)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(second));

        await (await RefreshAsync(first)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        // Whoever replayed it and whoever holds the newer tokens are both out: the sign-in is over.
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(second));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(first));
        await (await RefreshAsync(second)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var refreshes = (await AuditOfAsync(userName)).Where(e => e.Text("action") == "RefreshToken").ToList();
        Assert.Contains(refreshes, e => e.Text("outcome") == "Succeeded");
        Assert.Contains(refreshes, e => e.Text("outcome") == "Refused" && e.Text("detail").Contains("used twice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_ends_the_sign_in_and_only_that_one()
    {
        var (userName, tokens) = await SignInAsync();
        var elsewhere = await (await _anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);
        using (var client = app.WithToken(tokens.Text("accessToken")))
        {
            Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/access/logout", null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(tokens));
        await (await RefreshAsync(tokens)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, await MeAsync(elsewhere));
        await (await RefreshAsync(elsewhere)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Contains(await AuditOfAsync(userName), e => e.Text("action") == "Logout" && e.Text("outcome") == "Succeeded");
    }

    [Fact]
    public async Task A_user_whose_access_changed_since_cannot_refresh()
    {
        var (userName, tokens) = await SignInAsync();
        using (var admin = app.CreateAdminClient())
        {
            await (await admin.PutAsync(AccessApi.Access(userName), System.Net.Http.Json.JsonContent.Create(new { roles = new[] { Roles.Auditor } }))).ShouldBeAsync(HttpStatusCode.OK);
        }

        await (await RefreshAsync(tokens)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains(await AuditOfAsync(userName), e => e.Text("action") == "RefreshToken" && e.Text("outcome") == "Refused");
    }
}
