using System.Net;
using EduRelief.Host.Tests.Access;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Host.Tests.Platform;

[Collection(HostCollection.Name)]
public sealed class ModuleSwitchTests
{
    [Fact]
    public async Task A_module_switched_off_in_configuration_is_listed_disabled_and_serves_nothing()
    {
        using var app = new EduReliefApp(new Dictionary<string, string?> { ["Modules:Registry:Enabled"] = "false" });
        var client = app.CreateAdminClient();

        var modules = (await (await client.GetAsync("/api/admin/modules")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();
        Assert.False(Assert.Single(modules, m => m!["name"]!.GetValue<string>() == "Registry")!["enabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/registry/townships")).StatusCode);
        Assert.DoesNotContain(
            (await (await client.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray(),
            j => j!["id"]!.GetValue<string>().StartsWith("registry:", StringComparison.Ordinal));
#if POSTGRESQL
        Assert.False(await app.HasSchemaAsync("registry"));
#else
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "registry.db")));
#endif
        (await client.GetAsync("/health")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task With_the_registry_switched_off_a_user_scoped_to_townships_or_schools_is_refused_as_unchecked()
    {
        using var app = new EduReliefApp(new Dictionary<string, string?> { ["Modules:Registry:Enabled"] = "false" });
        var client = app.CreateAdminClient();

        var response = await client.PostJsonAsync(AccessApi.Users, new
        {
            userName = AccessApi.NewUserName("unchecked"),
            password = EduReliefApp.UserPassword,
            roles = new[] { Roles.TownshipOfficer },
            townships = new[] { TestIds.Code("T") },
            schools = new[] { TestIds.Code("S") },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("townships"), m => m.Contains("Registry is switched off", StringComparison.Ordinal));
        Assert.Contains(problem.FieldErrors("schools"), m => m.Contains("Registry is switched off", StringComparison.Ordinal));
        await client.CreateUserAsync(AccessApi.NewUserName("county"), Roles.CountyOfficer);
    }
}
