using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace EduRelief.Bench.Load;

/// <summary>
/// One Release Host as a process of its own (<c>dotnet src/Host/bin/Release/net10.0/EduRelief.Host.dll --urls
/// http://127.0.0.1:&lt;port&gt;</c>), configured through the environment as a deployment would be, its console written
/// to a log file. Stopped with SIGTERM, so it shuts down as a deployment's does (draining what it holds).
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private bool _stopped;

    private HostProcess(string name, Process process, Uri address, string log)
    {
        Name = name;
        _process = process;
        Address = address;
        Log = log;
    }

    public string Name { get; }

    public Uri Address { get; }

    public string Log { get; }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>
    /// The Host built in the configuration of this bench (building the bench builds it: a project reference), or
    /// another build given with <c>--host</c> (a copy of an earlier build, to measure before and after).
    /// </summary>
    public static string HostDll { get; set; } = Path.Combine(RepositoryRoot, "src", "Host", "bin", Configuration, "net10.0", "EduRelief.Host.dll");

    public static bool IsRelease => Configuration == "Release";

    private static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "EduRelief.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException($"no EduRelief.sln above {AppContext.BaseDirectory}");
        }
    }

    public static async Task<HostProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, string logFolder)
    {
        if (!File.Exists(HostDll))
        {
            throw new InvalidOperationException($"{HostDll} is missing: dotnet build -c {Configuration} src/Host");
        }

        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var log = Path.Combine(logFolder, $"{name}.log");

        // exec: the shell becomes the Host, so the pid is the Host's and SIGTERM reaches it; its console goes to the
        // log file without this process reading it.
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(HostDll)! };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" --urls \"$1\" >\"$2\" 2>&1 </dev/null");
        start.ArgumentList.Add(HostDll);
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.ArgumentList.Add(log);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the Host");
        var host = new HostProcess(name, process, address, log);
        try
        {
            await host.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Host {Name} exited with {_process.ExitCode}:{Environment.NewLine}{Tail()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // still starting
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Host {Name} not healthy after {timeout.TotalSeconds:0} s:{Environment.NewLine}{Tail()}");
    }

    private string Tail() => File.Exists(Log) ? string.Join(Environment.NewLine, File.ReadLines(Log).TakeLast(40)) : "(no log)";

    /// <summary>SIGTERM, then up to a minute for a clean stop; killed after that. Returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (_stopped)
        {
            return _process.HasExited ? _process.ExitCode : -1;
        }

        _stopped = true;
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
