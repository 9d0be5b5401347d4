using EduRelief.BuildingBlocks.Locking;
using EduRelief.BuildingBlocks.Outbox;
using EduRelief.SharedKernel.Modules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

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
    /// Gives a module its own database — on SQLite its own file (<c>&lt;data&gt;/&lt;name&gt;.db</c>), on PostgreSQL
    /// its own schema (<c>&lt;name&gt;</c>) with its own migrations history — plus its outbox processor and its entry
    /// in the Host's migration and health checks. Features ask for <typeparamref name="TContext"/>; the engine picks
    /// which of the two derived contexts, each with its own migrations set, answers.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext, TSqliteContext, TPostgreSqlContext>(
        this IServiceCollection services,
        IConfiguration configuration,
        string moduleName,
        string name)
        where TContext : DbContext, IOutboxDbContext
        where TSqliteContext : TContext
        where TPostgreSqlContext : TContext
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddSingleton<OutboxCommitInterceptor<TContext>>();
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            // The module's schema first on the search path: statements written by hand name tables as on SQLite.
            // Statements run again and again (every request's queries, a reconciliation's per-line updates) are
            // prepared by Npgsql after a few runs instead of parsed and planned each time.
            var connectionString = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { SearchPath = name, MaxAutoPrepare = 64 }.ToString();
            services.AddDbContext<TContext, TPostgreSqlContext>((sp, options) => options
                .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", name))
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor<TContext>>()));
        }
        else
        {
            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(DataDirectory(configuration), name + ".db"),
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
            services.AddDbContext<TContext, TSqliteContext>((sp, options) => options
                .UseSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor<TContext>>(), SqlitePragmaInterceptor.Instance));
        }

        services.AddDistributedLock(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.AddSingleton<OutboxDispatcher<TContext>>();
        services.AddHostedService<OutboxProcessor<TContext>>();
        services.AddSingleton<IModuleDatabase>(sp => new ModuleDatabase<TContext>(moduleName, sp.GetRequiredService<IServiceScopeFactory>()));
        return services;
    }

    /// <summary>The lock every Host sharing this deployment's database honours (see <see cref="IDistributedLock"/>).</summary>
    public static IServiceCollection AddDistributedLock(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.TryAddSingleton<IDistributedLock>(_ => settings.Provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlAdvisoryLock(settings.ConnectionString!)
            : new FileLock(DataDirectory(configuration)));
        return services;
    }
}
