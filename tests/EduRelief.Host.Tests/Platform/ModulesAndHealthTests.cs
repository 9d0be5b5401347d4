using System.Net;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.Platform;

[Collection(HostCollection.Name)]
public sealed class ModulesAndHealthTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();
    private readonly HttpClient _admin = app.CreateAdminClient();

    [Fact]
    public async Task The_admin_sees_every_module_the_host_ships_and_whether_it_is_enabled()
    {
        var modules = (await (await _admin.GetAsync("/api/admin/modules")).ShouldBeAsync(HttpStatusCode.OK)).AsArray();

        var registry = Assert.Single(modules, m => m!["name"]!.GetValue<string>() == "Registry")!;
        Assert.True(registry["enabled"]!.GetValue<bool>());
        Assert.Equal("registry:ledger-refresh", registry["jobs"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Health_reports_each_module_database_ready()
    {
        var health = await (await _client.GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("Healthy", health["status"]!.GetValue<string>());
        Assert.Equal("Ready", health["modules"]!["Registry"]!.GetValue<string>());
    }

#if POSTGRESQL
    [Fact]
    public async Task Each_module_keeps_its_own_schema_and_hangfire_its_own()
    {
        (await _client.GetAsync("/health")).EnsureSuccessStatusCode();

        Assert.True(await app.HasSchemaAsync("registry"));
        Assert.True(await app.HasSchemaAsync("hangfire"));
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "registry.db")));
    }
#else
    [Fact]
    public async Task Each_module_keeps_its_own_database_file_and_hangfire_its_own()
    {
        (await _client.GetAsync("/health")).EnsureSuccessStatusCode();

        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "registry.db")));
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "hangfire.db")));
    }
#endif

    [Fact]
    public async Task The_openapi_document_describes_the_registry_routes()
    {
        var document = await (await _client.GetAsync("/openapi/v1.json")).ShouldBeAsync(HttpStatusCode.OK);

        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/registry/students"));
        Assert.True(paths.ContainsKey("/api/admin/jobs/{jobId}/trigger"));
    }

    [Fact]
    public async Task An_unknown_route_answers_a_404_problem()
    {
        await (await _client.GetAsync("/api/registry/no-such-thing")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
