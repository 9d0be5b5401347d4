using System.Net;
using EduRelief.Host.Tests.Infrastructure;

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
        Assert.Empty((await (await client.GetAsync("/api/admin/jobs")).ShouldBeAsync(HttpStatusCode.OK)).AsArray());
#if POSTGRESQL
        Assert.False(await app.HasSchemaAsync("registry"));
#else
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "registry.db")));
#endif
        (await client.GetAsync("/health")).EnsureSuccessStatusCode();
    }
}
