using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EduRelief.Host.Tests.Security;

/// <summary>
/// A change to a user's access takes effect on their next request, for bearer tokens and cookies alike, and a token
/// whose user this deployment does not have is worth nothing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AccessChangeTests(EduReliefApp app)
{
    private readonly HttpClient _admin = app.CreateAdminClient();

    private async Task<string> NewCountyOfficerAsync()
    {
        var userName = AccessApi.NewUserName("demoted");
        await _admin.CreateUserAsync(userName, Roles.CountyOfficer);
        return userName;
    }

    private async Task<HttpResponseMessage> DemoteAsync(string userName)
    {
        using var county = app.CreateClient();
        var township = await county.TownshipAsync();
        return await _admin.PutAsJsonAsync(AccessApi.Access(userName), new { roles = new[] { Roles.TownshipOfficer }, townships = new[] { township } });
    }

    [Fact]
    public async Task A_county_officer_cut_to_a_township_officer_loses_the_old_token_on_the_next_request()
    {
        var userName = await NewCountyOfficerAsync();
        using var officer = app.WithToken(app.Login(userName, EduReliefApp.UserPassword));
        Assert.True((await (await officer.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK)).Flag("allTownships"));

        await (await DemoteAsync(userName)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync(AccessApi.Me)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync(RegistryApi.Townships)).StatusCode);
        using var again = app.WithToken(app.Login(userName, EduReliefApp.UserPassword));
        var me = await (await again.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([Roles.TownshipOfficer], me["roles"].Strings());
        Assert.False(me.Flag("allTownships"));
    }

    [Fact]
    public async Task A_demoted_users_cookie_is_refused_on_the_next_request_too()
    {
        var userName = await NewCountyOfficerAsync();
        using var browser = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        browser.DefaultRequestHeaders.Authorization = null;
        await (await browser.PostAsJsonAsync($"{AccessApi.Login}?useCookies=true", new { userName, password = EduReliefApp.UserPassword })).ShouldBeAsync(HttpStatusCode.OK);
        await (await browser.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK);

        await (await DemoteAsync(userName)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync(AccessApi.Me)).StatusCode);
    }

    [Fact]
    public async Task A_token_naming_a_user_this_deployment_does_not_have_is_refused()
    {
        // A token sealed with this deployment's keys for someone it has never had, as another deployment sharing the
        // keys would issue: the user is looked up, and is not there.
        var bearer = app.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);
        var ticket = bearer.BearerTokenProtector.Unprotect(app.Login(EduReliefApp.AdminUser, EduReliefApp.AdminPassword))!;
        var identity = (ClaimsIdentity)ticket.Principal.Identity!;
        identity.RemoveClaim(identity.FindFirst(ClaimTypes.NameIdentifier));
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()));
        using var stranger = app.WithToken(bearer.BearerTokenProtector.Protect(new AuthenticationTicket(ticket.Principal, ticket.Properties, ticket.AuthenticationScheme)));

        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync(AccessApi.Users)).StatusCode);
    }

    [Fact]
    public async Task A_locked_out_user_loses_their_token_cannot_refresh_or_sign_in_until_unlocked()
    {
        var userName = await NewCountyOfficerAsync();
        using var anonymous = app.CreateAnonymousClient();
        var tokens = await (await anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);
        var wrongPassword = await (await anonymous.LoginAsync(userName, "Wrong-Pass-2026")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        using var officer = app.WithToken(tokens.Text("accessToken"));

        var locked = await (await _admin.PutAsJsonAsync($"{AccessApi.Users}/{userName}/lockout", new { locked = true })).ShouldBeAsync(HttpStatusCode.OK);

        Assert.True(locked.Flag("lockedOut"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await officer.GetAsync(AccessApi.Me)).StatusCode);
        await (await anonymous.PostJsonAsync(AccessApi.Refresh, new { refreshToken = tokens.Text("refreshToken") })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var refused = await (await anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(wrongPassword.Text("detail"), refused.Text("detail"));

        await (await _admin.PutAsJsonAsync($"{AccessApi.Users}/{userName}/lockout", new { locked = false })).ShouldBeAsync(HttpStatusCode.OK);
        await (await anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);
    }
}
