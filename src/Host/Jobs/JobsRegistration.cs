using EduRelief.BuildingBlocks.Persistence;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage.SQLite;

namespace EduRelief.Host.Jobs;

internal static class JobsRegistration
{
    public static IServiceCollection AddEduReliefJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section);
        services.AddScoped<ModuleJobRunner>();

        // This Host's own storage, registered before Hangfire's default, which is the process-wide
        // JobStorage.Current: a second Host in the same process (tests) must not swap the storage under this one.
        services.AddSingleton<JobStorage>(_ => string.Equals(options.Storage, "InMemory", StringComparison.OrdinalIgnoreCase)
            ? new InMemoryStorage()
            : new SQLiteStorage(
                // Hangfire keeps its own file, apart from every module's database.
                Path.Combine(ModuleDatabaseRegistration.DataDirectory(configuration), "hangfire.db"),
                new SQLiteStorageOptions { QueuePollInterval = options.QueuePollInterval }));
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
}
