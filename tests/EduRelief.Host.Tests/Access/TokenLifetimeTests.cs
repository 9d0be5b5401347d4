using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EduRelief.Host.Tests.Access;

/// <summary>
/// Tokens end: an expired access token is 401 (a refresh gives a working one), an expired refresh token is refused.
/// The expired tokens are the app's own real tokens re-sealed, with the Host's own keys, with an expiry in the past —
/// so the shared Host needs no fake clock (a second Host in the process disturbs Hangfire's static storage).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class TokenLifetimeTests(EduReliefApp app)
{
    private BearerTokenOptions Bearer => app.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme);

    private async Task<(string AccessToken, string RefreshToken)> SignInAsync()
    {
        var userName = AccessApi.NewUserName("clock");
        using (var admin = app.CreateAdminClient())
        {
            await admin.CreateUserAsync(userName, Roles.CountyOfficer);
        }

        using var anonymous = app.CreateAnonymousClient();
        var login = await (await anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);
        return (login.Text("accessToken"), login.Text("refreshToken"));
    }

    /// <summary>The same token with its expiry moved to <paramref name="expires"/>.</summary>
    private static string ExpiringAt(ISecureDataFormat<AuthenticationTicket> protector, string token, DateTimeOffset expires)
    {
        var ticket = protector.Unprotect(token);
        Assert.NotNull(ticket);
        ticket.Properties.ExpiresUtc = expires;
        return protector.Protect(ticket);
    }

    [Fact]
    public async Task A_real_access_token_lives_one_hour()
    {
        var (accessToken, _) = await SignInAsync();

        var ticket = Bearer.BearerTokenProtector.Unprotect(accessToken);

        Assert.NotNull(ticket?.Properties.ExpiresUtc);
        var left = ticket.Properties.ExpiresUtc.Value - DateTimeOffset.UtcNow;
        Assert.InRange(left, TimeSpan.FromMinutes(55), TimeSpan.FromMinutes(60));
    }

    [Fact]
    public async Task An_expired_access_token_is_401_and_a_refresh_gives_a_working_one()
    {
        var (accessToken, refreshToken) = await SignInAsync();
        using (var stillGood = app.WithToken(ExpiringAt(Bearer.BearerTokenProtector, accessToken, DateTimeOffset.UtcNow.AddMinutes(1))))
        {
            await (await stillGood.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK);
        }

        using var expired = app.WithToken(ExpiringAt(Bearer.BearerTokenProtector, accessToken, DateTimeOffset.UtcNow.AddSeconds(-1)));

        Assert.Equal(HttpStatusCode.Unauthorized, (await expired.GetAsync(AccessApi.Me)).StatusCode);
        using var anonymous = app.CreateAnonymousClient();
        var refreshed = await (await anonymous.PostJsonAsync(AccessApi.Refresh, new { refreshToken })).ShouldBeAsync(HttpStatusCode.OK);
        using var renewed = app.WithToken(refreshed.Text("accessToken"));
        await (await renewed.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_expired_refresh_token_is_401()
    {
        var (_, refreshToken) = await SignInAsync();
        var expired = ExpiringAt(Bearer.RefreshTokenProtector, refreshToken, DateTimeOffset.UtcNow.AddSeconds(-1));

        using var anonymous = app.CreateAnonymousClient();
        await (await anonymous.PostJsonAsync(AccessApi.Refresh, new { refreshToken = expired })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
