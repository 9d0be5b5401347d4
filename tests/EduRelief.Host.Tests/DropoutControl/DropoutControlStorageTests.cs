using System.Net;
using EduRelief.Host.Tests.Infrastructure;

namespace EduRelief.Host.Tests.DropoutControl;

/// <summary>The module's database (a SQLite file or a PostgreSQL schema) and its switch.</summary>
[Collection(HostCollection.Name)]
public sealed class DropoutControlStorageTests(EduReliefApp app)
{
    private readonly HttpClient _officer = app.CreateClient();

    [Fact]
    public async Task Health_reports_the_dropout_control_database_ready()
    {
        var health = await (await _officer.GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Equal("Ready", health["modules"]!["DropoutControl"]!.GetValue<string>());
#if POSTGRESQL
        Assert.True(await app.HasSchemaAsync("dropout_control"));
#else
        Assert.True(File.Exists(Path.Combine(app.DataDirectory, "dropout_control.db")));
#endif
    }

    [Fact]
    public async Task Switched_off_the_module_is_not_in_health()
    {
        using var off = new EduReliefApp(new Dictionary<string, string?> { ["Modules:DropoutControl:Enabled"] = "false" });
        var health = await (await off.CreateClient().GetAsync("/health")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.Null(health["modules"]!["DropoutControl"]);
    }
}
