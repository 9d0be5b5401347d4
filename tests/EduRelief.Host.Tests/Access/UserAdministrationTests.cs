using System.Net;
using System.Net.Http.Json;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Access;

/// <summary>Administrators add users and set their roles and scope; nobody else may, and nobody changes their own.</summary>
[Collection(HostCollection.Name)]
public sealed class UserAdministrationTests(EduReliefApp app)
{
    private readonly HttpClient _admin = app.CreateAdminClient();
    private readonly HttpClient _county = app.CreateClient();

    private static object NewUser(string userName, string password = EduReliefApp.UserPassword, string[]? roles = null, string[]? townships = null, string[]? schools = null) =>
        new { userName, password, roles = roles ?? [Roles.CountyOfficer], townships, schools };

    [Fact]
    public async Task An_admin_creates_a_user_who_can_then_sign_in_with_that_role_and_scope()
    {
        var userName = AccessApi.NewUserName("created");
        var township = await _county.TownshipAsync();

        var response = await _admin.PostJsonAsync(AccessApi.Users, NewUser(userName, roles: [Roles.TownshipOfficer], townships: [township]));

        var created = await response.ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(userName, created.Text("userName"));
        Assert.Equal([Roles.TownshipOfficer], created["roles"].Strings());
        Assert.Equal([township], created["townships"].Strings());
        Assert.False(created.Flag("lockedOut"));
        Assert.EndsWith($"/api/access/users/{userName}", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.True(await _admin.UserExistsAsync(userName));
        using var client = app.WithToken(app.Login(userName, EduReliefApp.UserPassword));
        var me = await (await client.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([township], me["townships"].Strings());
    }

    [Fact]
    public async Task The_location_of_a_created_user_can_be_read_back()
    {
        var userName = AccessApi.NewUserName("located");

        var response = await _admin.PostJsonAsync(AccessApi.Users, NewUser(userName, roles: [Roles.Auditor]));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var user = await (await _admin.GetAsync(response.Headers.Location)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(userName, user.Text("userName"));
    }

    [Fact]
    public async Task The_password_is_never_echoed_back()
    {
        var userName = AccessApi.NewUserName("secret");

        var response = await _admin.PostJsonAsync(AccessApi.Users, NewUser(userName));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.DoesNotContain(EduReliefApp.UserPassword, body, StringComparison.Ordinal);
        Assert.DoesNotContain("password", body, StringComparison.OrdinalIgnoreCase);
        var list = await (await _admin.GetAsync(AccessApi.Users)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("password", list, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_second_user_of_the_same_name_is_a_conflict_naming_userName()
    {
        var userName = AccessApi.NewUserName("dup");
        await _admin.CreateUserAsync(userName, Roles.CountyOfficer);

        var response = await _admin.PostJsonAsync(AccessApi.Users, NewUser(userName, roles: [Roles.Auditor]));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(userName, Assert.Single(problem.FieldErrors("userName")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_user_whose_name_differs_only_in_case_is_a_conflict()
    {
        var userName = AccessApi.NewUserName("case");
        await _admin.CreateUserAsync(userName, Roles.CountyOfficer);

        var response = await _admin.PostJsonAsync(AccessApi.Users, NewUser(userName.ToUpperInvariant()));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.NotEmpty(problem.FieldErrors("userName"));
    }

    [Theory]
    [InlineData("Short1Aa")]
    [InlineData("alllowercase1")]
    [InlineData("ALLUPPERCASE1")]
    [InlineData("NoDigitsAtAll")]
    public async Task A_weak_password_is_refused_naming_password_and_nothing_is_created(string password)
    {
        var userName = AccessApi.NewUserName("weak");

        var response = await _admin.PostJsonAsync(AccessApi.Users, NewUser(userName, password));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("password"));
        Assert.False(await _admin.UserExistsAsync(userName));
    }

    [Fact]
    public async Task An_unknown_role_is_refused_naming_roles()
    {
        var userName = AccessApi.NewUserName("role");

        var response = await _admin.PostJsonAsync(AccessApi.Users, NewUser(userName, roles: ["SuperUser"]));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("SuperUser", Assert.Single(problem.FieldErrors("roles")), StringComparison.Ordinal);
        Assert.False(await _admin.UserExistsAsync(userName));
    }

    [Fact]
    public async Task A_user_without_any_role_is_refused_naming_roles()
    {
        var response = await _admin.PostJsonAsync(AccessApi.Users, NewUser(AccessApi.NewUserName("norole"), roles: []));

        Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("roles"));
    }

    [Fact]
    public async Task A_township_officer_without_townships_is_refused_naming_townships()
    {
        var userName = AccessApi.NewUserName("noscope");

        var response = await _admin.PostJsonAsync(AccessApi.Users, NewUser(userName, roles: [Roles.TownshipOfficer]));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("townships"));
        Assert.False(await _admin.UserExistsAsync(userName));
    }

    [Fact]
    public async Task School_staff_without_schools_and_module_staff_without_a_module_are_refused()
    {
        var school = await _admin.PostJsonAsync(AccessApi.Users, NewUser(AccessApi.NewUserName("noschool"), roles: [Roles.SchoolStaff]));
        Assert.NotEmpty((await school.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("schools"));

        var module = await _admin.PostJsonAsync(AccessApi.Users, NewUser(AccessApi.NewUserName("nomodule"), roles: [Roles.ModuleStaff]));
        Assert.NotEmpty((await module.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("modules"));
    }

    [Theory]
    [InlineData(Roles.CountyOfficer)]
    [InlineData(Roles.Auditor)]
    public async Task Only_an_admin_creates_users(string role)
    {
        var (client, _) = app.CreateClientAs(role);
        var userName = AccessApi.NewUserName("sneaky");

        var response = await client.PostJsonAsync(AccessApi.Users, NewUser(userName, roles: [Roles.Admin]));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.False(await _admin.UserExistsAsync(userName));
    }

    [Theory]
    [InlineData(Roles.CountyOfficer)]
    [InlineData(Roles.ModuleStaff)]
    public async Task Only_admins_and_auditors_list_users(string role)
    {
        var (client, _) = role == Roles.ModuleStaff ? app.CreateClientAs(role, modules: ["Registry"]) : app.CreateClientAs(role);

        await (await client.GetAsync(AccessApi.Users)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_auditor_lists_users()
    {
        var (auditor, auditorName) = app.CreateClientAs(Roles.Auditor);

        Assert.True(await auditor.UserExistsAsync(auditorName));
    }

    [Fact]
    public async Task An_admin_may_not_change_their_own_access()
    {
        var response = await _admin.PutAsJsonAsync(AccessApi.Access(EduReliefApp.AdminUser), new { roles = new[] { Roles.CountyOfficer } });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var me = await (await _admin.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([Roles.Admin], me["roles"].Strings());
        using var fresh = app.WithToken(app.Login(EduReliefApp.AdminUser, EduReliefApp.AdminPassword));
        Assert.Equal([Roles.Admin], (await (await fresh.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK))["roles"].Strings());
    }

    [Fact]
    public async Task An_admin_may_not_change_their_own_access_by_spelling_their_name_in_capitals()
    {
        var response = await _admin.PutAsJsonAsync(AccessApi.Access(EduReliefApp.AdminUser.ToUpperInvariant()), new { roles = new[] { Roles.CountyOfficer } });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var fresh = app.WithToken(app.Login(EduReliefApp.AdminUser, EduReliefApp.AdminPassword));
        Assert.Equal([Roles.Admin], (await (await fresh.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK))["roles"].Strings());
    }

    [Fact]
    public async Task An_admin_may_not_change_their_own_access_through_a_look_alike_name()
    {
        // A second administrator, so the shared bootstrap admin is never at risk.
        var adminName = AccessApi.NewUserName("admin2");
        await _admin.CreateUserAsync(adminName, Roles.Admin);
        using var admin2 = app.WithToken(app.Login(adminName, EduReliefApp.UserPassword));
        var lookAlike = adminName.Replace('i', '\u0131'); // dotless ı: upper-cases to I, as Identity's normalizer does

        var response = await admin2.PutAsJsonAsync(AccessApi.Access(lookAlike), new { roles = new[] { Roles.CountyOfficer } });

        Assert.True(
            response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
            $"expected 403 or 404, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var listed = (await (await _admin.GetAsync(AccessApi.Users)).ShouldBeAsync(HttpStatusCode.OK)).AsArray().Single(u => u!.Text("userName") == adminName)!;
        Assert.Equal([Roles.Admin], listed["roles"].Strings());
    }

    [Fact]
    public async Task A_changed_role_shows_in_the_users_next_sign_in()
    {
        var userName = AccessApi.NewUserName("changed");
        var township = await _county.TownshipAsync();
        await _admin.CreateUserAsync(userName, Roles.CountyOfficer);

        var response = await _admin.PutAsJsonAsync(AccessApi.Access(userName), new { roles = new[] { Roles.TownshipOfficer }, townships = new[] { township } });

        var changed = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([Roles.TownshipOfficer], changed["roles"].Strings());
        using var client = app.WithToken(app.Login(userName, EduReliefApp.UserPassword));
        var me = await (await client.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([Roles.TownshipOfficer], me["roles"].Strings());
        Assert.Equal([township], me["townships"].Strings());
        Assert.False(me.Flag("allTownships"));
        var listed = (await (await _admin.GetAsync(AccessApi.Users)).ShouldBeAsync(HttpStatusCode.OK)).AsArray().Single(u => u!.Text("userName") == userName)!;
        Assert.Equal([Roles.TownshipOfficer], listed["roles"].Strings());
    }

    [Fact]
    public async Task Changing_access_ends_the_old_refresh_token()
    {
        var userName = AccessApi.NewUserName("stamp");
        await _admin.CreateUserAsync(userName, Roles.CountyOfficer);
        using var anonymous = app.CreateAnonymousClient();
        var login = await (await anonymous.LoginAsync(userName, EduReliefApp.UserPassword)).ShouldBeAsync(HttpStatusCode.OK);

        await (await _admin.PutAsJsonAsync(AccessApi.Access(userName), new { roles = new[] { Roles.Auditor } })).ShouldBeAsync(HttpStatusCode.OK);

        var refresh = await anonymous.PostJsonAsync(AccessApi.Refresh, new { refreshToken = login.Text("refreshToken") });
        await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Changing_access_of_an_unknown_user_is_404()
    {
        var response = await _admin.PutAsJsonAsync(AccessApi.Access(AccessApi.NewUserName("ghost")), new { roles = new[] { Roles.Auditor } });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_county_officer_may_not_grant_themselves_a_role()
    {
        var (client, userName) = app.CreateClientAs(Roles.CountyOfficer);

        var response = await client.PutAsJsonAsync(AccessApi.Access(userName), new { roles = new[] { Roles.CountyOfficer, Roles.Admin } });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var fresh = app.WithToken(app.Login(userName, EduReliefApp.UserPassword));
        Assert.Equal([Roles.CountyOfficer], (await (await fresh.GetAsync(AccessApi.Me)).ShouldBeAsync(HttpStatusCode.OK))["roles"].Strings());
    }

    [Fact]
    public async Task A_township_officer_may_not_widen_their_own_scope()
    {
        var township = await _county.TownshipAsync();
        var other = await _county.TownshipAsync();
        var (client, userName) = app.CreateClientAs(Roles.TownshipOfficer, townships: [township]);

        var response = await client.PutAsJsonAsync(AccessApi.Access(userName), new { roles = new[] { Roles.TownshipOfficer }, townships = new[] { township, other } });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var listed = (await (await _admin.GetAsync(AccessApi.Users)).ShouldBeAsync(HttpStatusCode.OK)).AsArray().Single(u => u!.Text("userName") == userName)!;
        Assert.Equal([township], listed["townships"].Strings());
    }

    [Fact]
    public async Task An_unknown_permission_is_refused_naming_permissions()
    {
        var response = await _admin.PostJsonAsync(AccessApi.Users, new
        {
            userName = AccessApi.NewUserName("perm"),
            password = EduReliefApp.UserPassword,
            roles = new[] { Roles.TownshipOfficer },
            townships = new[] { await _county.TownshipAsync() },
            permissions = new[] { "ViewEverything" },
        });

        Assert.NotEmpty((await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("permissions"));
    }
}
