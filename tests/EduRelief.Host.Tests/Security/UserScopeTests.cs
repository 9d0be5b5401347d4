using System.Net;
using System.Net.Http.Json;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Security;

/// <summary>A user's scope names only what exists.</summary>
[Collection(HostCollection.Name)]
public sealed class UserScopeTests(EduReliefApp app)
{
    private readonly HttpClient _admin = app.CreateAdminClient();

    [Fact]
    public async Task Module_staff_of_a_module_this_deployment_does_not_have_are_refused_naming_modules()
    {
        var response = await _admin.PostJsonAsync(AccessApi.Users, new
        {
            userName = AccessApi.NewUserName("payroll"),
            password = EduReliefApp.UserPassword,
            roles = new[] { Roles.ModuleStaff },
            modules = new[] { "Payroll" },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("modules"), m => m.Contains("Payroll", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_scoped_to_a_township_that_does_not_exist_is_refused_naming_townships_and_not_created()
    {
        var userName = AccessApi.NewUserName("nowhere");
        var missing = TestIds.Code("T");

        var response = await _admin.PostJsonAsync(AccessApi.Users, new
        {
            userName,
            password = EduReliefApp.UserPassword,
            roles = new[] { Roles.TownshipOfficer },
            townships = new[] { missing },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("townships"), m => m.Contains(missing, StringComparison.Ordinal));
        Assert.False(await _admin.UserExistsAsync(userName));
    }

    [Fact]
    public async Task A_user_scoped_to_a_school_that_does_not_exist_is_refused_naming_schools()
    {
        var missing = TestIds.Code("S");

        var response = await _admin.PostJsonAsync(AccessApi.Users, new
        {
            userName = AccessApi.NewUserName("noschool"),
            password = EduReliefApp.UserPassword,
            roles = new[] { Roles.SchoolStaff },
            schools = new[] { missing },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("schools"), m => m.Contains(missing, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_admin_scopes_users_to_townships_and_schools_that_exist()
    {
        using var officer = app.CreateClient();
        var (township, school) = await officer.TownshipWithSchoolAsync();

        var townshipOfficer = await _admin.CreateUserAsync(AccessApi.NewUserName("real-t"), Roles.TownshipOfficer, townships: [township]);
        var staff = await _admin.CreateUserAsync(AccessApi.NewUserName("real-s"), Roles.SchoolStaff, schools: [school]);

        Assert.Equal([township], townshipOfficer["townships"].Strings());
        Assert.Equal([school], staff["schools"].Strings());
    }

    [Fact]
    public async Task Changing_access_to_a_township_that_does_not_exist_is_refused_and_changes_nothing()
    {
        using var officer = app.CreateClient();
        var township = await officer.TownshipAsync();
        var userName = AccessApi.NewUserName("moved");
        await _admin.CreateUserAsync(userName, Roles.TownshipOfficer, townships: [township]);
        var missing = TestIds.Code("T");

        var response = await _admin.PutAsJsonAsync(AccessApi.Access(userName), new { roles = new[] { Roles.TownshipOfficer }, townships = new[] { township, missing } });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("townships"), m => m.Contains(missing, StringComparison.Ordinal));
        var user = await (await _admin.GetAsync($"{AccessApi.Users}/{userName}")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([township], user["townships"].Strings());
    }
}
