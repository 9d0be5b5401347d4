using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Bench;

/// <summary>
/// The Registry module wired as the Host wires it (its own <see cref="RegistryModule.Register"/>), on a plain
/// service provider over one data folder: no web host, so the outbox processor does not run.
/// </summary>
internal sealed class RegistryHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private RegistryHost(string dataDirectory, ServiceProvider services)
    {
        DataDirectory = dataDirectory;
        _services = services;
    }

    public string DataDirectory { get; }

    public string DatabasePath => Path.Combine(DataDirectory, "registry.db");

    public IServiceProvider Services => _services;

    /// <summary>Registers the module over <paramref name="dataDirectory"/>, migrates its database and adds the schools.</summary>
    /// <summary>With a PostgreSQL connection string the module runs on that database instead of its SQLite file.</summary>
    public static async Task<RegistryHost> CreateAsync(string dataDirectory, long maxImportBytes, CancellationToken cancellationToken, string? postgreSql = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [ModuleDatabaseRegistration.DataDirectoryKey] = dataDirectory,
            [$"{RegistryOptions.Section}:{nameof(RegistryOptions.MaxImportBytes)}"] = maxImportBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (postgreSql is not null)
        {
            settings[DatabaseSettings.ProviderKey] = nameof(DatabaseProvider.PostgreSql);
            settings[$"ConnectionStrings:{DatabaseSettings.ConnectionStringName}"] = postgreSql;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new EduRelief.SharedKernel.Time.CountyClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById(EduRelief.SharedKernel.Time.CountyClock.DefaultTimeZone)));
        services.AddSingleton<ICallerContext, BenchCaller>();
        new RegistryModule().Register(services, configuration);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var host = new RegistryHost(dataDirectory, provider);
        foreach (var database in provider.GetServices<IModuleDatabase>())
        {
            await database.MigrateAsync(cancellationToken);
        }

        await host.SeedSchoolsAsync(cancellationToken);
        return host;
    }

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private async Task SeedSchoolsAsync(CancellationToken cancellationToken)
    {
        await using var scope = CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        var township = new Township { Id = Guid.CreateVersion7(), Code = "522401100", Name = "城关镇" };
        db.Townships.Add(township);
        for (var i = 0; i < SyntheticRoster.SchoolCount; i++)
        {
            db.Schools.Add(new School
            {
                Id = Guid.CreateVersion7(),
                Code = SyntheticRoster.SchoolCode(i),
                Name = $"城关第{i + 1}学校",
                TownshipId = township.Id,
                Stage = i % 3 == 0 ? Stage.JuniorSecondary : Stage.Primary,
                Location = (SchoolLocation)(i % 4),
                Classrooms = 12 + (i % 24),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
