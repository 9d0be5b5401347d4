using EduRelief.BuildingBlocks.Persistence;
using Hangfire;
using Hangfire.Storage.SQLite;

namespace EduRelief.Host.Jobs;

internal static class JobsRegistration
{
    public static IServiceCollection AddEduReliefJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section);
        services.AddScoped<ModuleJobRunner>();
        services.AddHangfire(hangfire =>
        {
            hangfire
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (string.Equals(options.Storage, "InMemory", StringComparison.OrdinalIgnoreCase))
            {
                hangfire.UseInMemoryStorage();
            }
            else
            {
                // Hangfire keeps its own file, apart from every module's database.
                var path = Path.Combine(ModuleDatabaseRegistration.DataDirectory(configuration), "hangfire.db");
                hangfire.UseSQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = options.QueuePollInterval });
            }
        });
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = options.WorkerCount;
            server.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            server.ServerCheckInterval = TimeSpan.FromMinutes(1);
        });
        return services;
    }
}
