namespace EduRelief.Host.Jobs;

internal sealed class JobsOptions
{
    public const string Section = "EduRelief:Jobs";

    /// <summary>
    /// <c>Database</c>: on the engine the modules use (on SQLite its own <c>hangfire.db</c> in the data folder, on
    /// PostgreSQL schema <c>hangfire</c>, where every Host's servers share one queue); or <c>InMemory</c>.
    /// </summary>
    public string Storage { get; set; } = "Database";

    /// <summary>How often workers look for a queued job; Hangfire's SQLite default of 15 s is too slow for "run now".</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public int WorkerCount { get; set; } = 4;
}
