using System.Net;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.SchoolConstruction;

/// <summary>The module has a database of its own: a SQLite file, or a schema on PostgreSQL; and a switch.</summary>
[Collection(HostCollection.Name)]
public sealed class ConstructionStorageTests(EduReliefApp app)
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Health_reports_the_construction_database_ready()
    {
        var health = await (await _client.GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("Ready", health["modules"]!["SchoolConstruction"]!.GetValue<string>());
#if POSTGRESQL
        Assert.True(await app.HasSchemaAsync("school_construction"));
#else
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "school_construction.db")));
#endif
    }

    [Fact]
    public async Task Switched_off_the_module_answers_nothing()
    {
        using var off = new EduReliefApp(new Dictionary<string, string?> { ["Modules:SchoolConstruction:Enabled"] = "false" });
        var client = off.CreateClient();

        await (await client.GetAsync(ConstructionApi.Buildings)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var health = await (await client.GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Null(health["modules"]!["SchoolConstruction"]);
    }
}
