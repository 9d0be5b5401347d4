using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace EduRelief.Bench;

/// <summary>Runs one N in a fresh process of this program, sharing the console, so its peak memory is its own.</summary>
internal static class ChildProcess
{
    public static async Task<int> RunAsync(int count, bool keep, bool warmUp)
    {
        var start = new ProcessStartInfo { UseShellExecute = false };
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this program is unknown");
        start.FileName = self;
        if (string.Equals(Path.GetFileNameWithoutExtension(self), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        start.ArgumentList.Add(count.ToString(CultureInfo.InvariantCulture));
        if (keep)
        {
            start.ArgumentList.Add("--keep");
        }

        if (!warmUp)
        {
            start.ArgumentList.Add("--no-warmup");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {self}");
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
