using EduRelief.BuildingBlocks.Persistence;
using EduRelief.BuildingBlocks.Outbox;
using EduRelief.SharedKernel.Modules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EduRelief.BuildingBlocks.Persistence;

public static class ModuleDatabaseRegistration
{
    public const string DataDirectoryKey = "EduRelief:DataDirectory";

    /// <summary>The folder that holds every module's SQLite file (<c>EduRelief:DataDirectory</c>, default <c>./data</c>).</summary>
    public static string DataDirectory(IConfiguration configuration)
    {
        var directory = Path.GetFullPath(configuration[DataDirectoryKey] is { Length: > 0 } configured ? configured : "data");
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>
    /// Gives a module its own SQLite file (<c>&lt;data&gt;/&lt;file&gt;.db</c>), its outbox processor and its
    /// entry in the Host's migration and health checks.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext>(
        this IServiceCollection services,
        IConfiguration configuration,
        string moduleName,
        string fileName)
        where TContext : DbContext, IOutboxDbContext
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(DataDirectory(configuration), fileName + ".db"),
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddSingleton<OutboxCommitInterceptor<TContext>>();
        services.AddDbContext<TContext>((sp, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor<TContext>>(), SqlitePragmaInterceptor.Instance));

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.AddSingleton<OutboxDispatcher<TContext>>();
        services.AddHostedService<OutboxProcessor<TContext>>();
        services.AddSingleton<IModuleDatabase>(sp => new ModuleDatabase<TContext>(moduleName, sp.GetRequiredService<IServiceScopeFactory>()));
        return services;
    }
}
