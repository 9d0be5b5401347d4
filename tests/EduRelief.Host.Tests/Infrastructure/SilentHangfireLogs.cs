using Hangfire.Logging;

namespace EduRelief.Host.Tests.Infrastructure;

/// <summary>
/// Hangfire logs through one process-wide provider, which every Host sets to its own logger factory. Tests start
/// several Hosts in one process; once one is disposed, Hangfire would log into a disposed factory and fail inside
/// the Hosts still running. Tests read no Hangfire logs, so after each Host starts they go nowhere.
/// </summary>
internal sealed class SilentHangfireLogs : ILogProvider, ILog
{
    public static readonly SilentHangfireLogs Instance = new();

    public ILog GetLogger(string name) => this;

    public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
}
