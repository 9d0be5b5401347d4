using System.Net;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Access;

/// <summary>Signing in with a password, refreshing the token, and asking who one is.</summary>
[Collection(HostCollection.Name)]
public sealed class LoginTests(EduReliefApp app)
{
    private readonly HttpClient _anonymous = app.CreateAnonymousClient();

    private async Task<string> NewUserAsync(string role = Roles.CountyOfficer, string[]? townships = null)
    {
        var userName = AccessApi.NewUserName("login");
        using var admin = app.CreateAdminClient();
        await admin.CreateUserAsync(userName, role, townships);
        return userName;
    }

    [Fact]
    public async Task The_right_password_answers_an_access_token_a_refresh_token_and_its_lifetime()
    {
        var userName = await NewUserAsync();

        var body = await (await _anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.False(string.IsNullOrEmpty(body.Text("accessToken")));
        Assert.False(string.IsNullOrEmpty(body.Text("refreshToken")));
        Assert.Equal(3600, body.Number("expiresIn"));
        using var client = app.WithToken(body.Text("accessToken"));
        Assert.Equal(userName, (await (await client.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK)).Text("userName"));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_401_answer()
    {
        var userName = await NewUserAsync();

        var wrongPassword = await (await _anonymous.LoginAsync(userName, "Wrong-Pass-2026")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var unknownUser = await (await _anonymous.LoginAsync(AccessApi.NewUserName("nobody"), "Wrong-Pass-2026")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(wrongPassword.Text("title"), unknownUser.Text("title"));
        Assert.Equal(wrongPassword.Text("detail"), unknownUser.Text("detail"));
        Assert.DoesNotContain(userName, wrongPassword.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_password_is_refused_like_a_wrong_one()
    {
        var userName = await NewUserAsync();
        var wrong = await (await _anonymous.LoginAsync(userName, "Wrong-Pass-2026")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var empty = await (await _anonymous.LoginAsync(userName, "")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(wrong.Text("detail"), empty.Text("detail"));
    }

    [Fact]
    public async Task Four_wrong_passwords_then_the_right_one_signs_in_and_the_count_starts_again()
    {
        var userName = await NewUserAsync();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await (await _anonymous.LoginAsync(userName, $"Wrong-Pass-{attempt}x")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await _anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);

        // A success resets the count: four more failures still do not lock.
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await (await _anonymous.LoginAsync(userName, $"Wrong-Pass-{attempt}y")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await _anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_refresh_token_buys_a_new_access_token_that_works()
    {
        var userName = await NewUserAsync();
        var login = await (await _anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);

        var refreshed = await (await _anonymous.PostJsonAsync(AccessApi.Refresh, new { refreshToken = login.Text("refreshToken") })).ShouldBeAsync(HttpStatusCode.OK);

        Assert.False(string.IsNullOrEmpty(refreshed.Text("accessToken")));
        Assert.False(string.IsNullOrEmpty(refreshed.Text("refreshToken")));
        using var client = app.WithToken(refreshed.Text("accessToken"));
        var me = await (await client.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(userName, me.Text("userName"));
        Assert.Equal([Roles.CountyOfficer], me["roles"].Strings());
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    public async Task A_bad_refresh_token_is_401(string refreshToken)
    {
        var response = await _anonymous.PostJsonAsync(AccessApi.Refresh, new { refreshToken });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_access_token_is_not_a_refresh_token()
    {
        var userName = await NewUserAsync();
        var login = await (await _anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);

        var response = await _anonymous.PostJsonAsync(AccessApi.Refresh, new { refreshToken = login.Text("accessToken") });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Me_shows_a_township_officer_their_role_and_townships()
    {
        using var county = app.CreateClient();
        var township = await county.TownshipAsync();
        var (client, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        var me = await (await client.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal(userName, me.Text("userName"));
        Assert.Equal([Roles.TownshipOfficer], me["roles"].Strings());
        Assert.False(me.Flag("allTownships"));
        Assert.Equal([township], me["townships"].Strings());
        Assert.Empty(me["schools"]!.AsArray());
        Assert.False(me.Flag("canSeeFullNationalIds"));
    }

    [Fact]
    public async Task Me_shows_a_county_officer_all_townships_and_full_national_ids()
    {
        var me = await (await app.CreateClient().GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal([Roles.CountyOfficer], me["roles"].Strings());
        Assert.True(me.Flag("allTownships"));
        Assert.True(me.Flag("canSeeFullNationalIds"));
    }
}
