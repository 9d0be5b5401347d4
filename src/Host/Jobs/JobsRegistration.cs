using EduRelief.BuildingBlocks.Persistence;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace EduRelief.Host.Jobs;

internal static class JobsRegistration
{
    public const string PostgreSqlSchema = "hangfire";

    public static IServiceCollection AddEduReliefJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section);
        services.AddScoped<ModuleJobRunner>();

        // This Host's own storage, registered before Hangfire's default, which is the process-wide
        // JobStorage.Current: a second Host in the same process (tests) must not swap the storage under this one.
        services.AddSingleton<JobStorage>(_ => Storage(options, configuration));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = options.WorkerCount;
            server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            server.ServerCheckInterval = TimeSpan.FromMinutes(1);
        });
        return services;
    }

    private static JobStorage Storage(JobsOptions options, IConfiguration configuration)
    {
        if (string.Equals(options.Storage, "InMemory", StringComparison.OrdinalIgnoreCase))
        {
            return new InMemoryStorage();
        }

        var database = DatabaseSettings.From(configuration);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var postgres = new PostgreSqlStorageOptions
            {
                SchemaName = PostgreSqlSchema,
                QueuePollInterval = options.QueuePollInterval,
                PrepareSchemaIfNecessary = true,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString!, postgres), postgres);
        }

        // Hangfire keeps its own file, apart from every module's database.
        return new SQLiteStorage(
            Path.Combine(ModuleDatabaseRegistration.DataDirectory(configuration), "hangfire.db"),
            new SQLiteStorageOptions { QueuePollInterval = options.QueuePollInterval });
    }
}
