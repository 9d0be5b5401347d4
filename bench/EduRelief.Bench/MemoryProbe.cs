using System.Diagnostics;
using System.Globalization;

namespace EduRelief.Bench;

/// <summary>
/// Peak resident memory of this process. On Linux <see cref="Process.PeakWorkingSet64"/> is VmHWM; writing 5 to
/// /proc/self/clear_refs resets it, which lets each phase report its own peak.
/// </summary>
internal static class MemoryProbe
{
    public static long PeakBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    public static long CurrentBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    /// <summary>Starts a new peak from the current resident size; false where the OS does not allow it.</summary>
    public static bool TryResetPeak()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0", CultureInfo.InvariantCulture) + " MB";
}
