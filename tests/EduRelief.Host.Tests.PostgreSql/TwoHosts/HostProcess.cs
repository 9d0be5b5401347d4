using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Npgsql;

namespace EduRelief.Host.Tests.TwoHosts;

/// <summary>
/// One real Host process: <c>dotnet src/Host/bin/&lt;Configuration&gt;/net10.0/EduRelief.Host.dll</c> (the build the
/// tests were compiled with) on PostgreSQL, on a free port of 127.0.0.1, its stdout and stderr kept (the last
/// <see cref="KeptLines"/> lines) for failure messages. Its database connections carry the application name
/// <see cref="ApplicationName"/>, so tests can find its sessions in <c>pg_stat_activity</c>. It is killed on dispose,
/// when the test process exits, and by a detached watchdog shell when the test process is killed first.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    public const int KeptLines = 400;

    private static readonly ConcurrentDictionary<HostProcess, byte> Running = new();
    private static readonly Lazy<string> HostDll = new(FindHostDll);

    private readonly Process _process;
    private readonly Queue<string> _log = new();
    private readonly object _gate = new();
    private int _linesSeen;
    private int _pid;
    private int? _exitCode;
    private bool _disposed;

    static HostProcess()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var host in Running.Keys)
            {
                host.KillQuietly();
            }
        };
    }

    private HostProcess(string name, int port, Process process)
    {
        Name = name;
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        ApplicationName = ApplicationNameOf(name);
        _process = process;
    }

    /// <summary>A short name (a, b, c) used in log tails and in <see cref="ApplicationName"/>.</summary>
    public string Name { get; }

    public Uri BaseAddress { get; }

    /// <summary>The PostgreSQL <c>application_name</c> of every connection this Host opens.</summary>
    public string ApplicationName { get; }

    public int ProcessId => _pid;

    public bool HasExited => _disposed || _process.HasExited;

    /// <summary>
    /// Starts a Host and waits until <c>GET /health</c> answers 200. A port taken between being picked and being
    /// bound is retried on another; any other failure to start throws with the Host's output.
    /// </summary>
    public static async Task<HostProcess> StartAsync(string name, string connectionString, string dataDirectory, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            var host = Launch(name, connectionString, dataDirectory, FreePort());
            try
            {
                await host.WaitUntilHealthyAsync(timeout - deadline.Elapsed);
                return host;
            }
            catch (HostStartException) when (attempt < 3 && host.HasExited && host.Tail(KeptLines).Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await host.DisposeAsync();
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>A client of this Host, in English, with this bearer token (none when null).</summary>
    public HttpClient CreateClient(string? token = null, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Kills the process with SIGKILL (on Linux, <see cref="Process.Kill()"/> sends SIGKILL) and waits until it is gone.</summary>
    public void Kill()
    {
        _process.Kill();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(15)))
        {
            throw new InvalidOperationException($"Host {Name} (pid {ProcessId}) was still running 15 s after SIGKILL");
        }
    }

    /// <summary>The last lines the Host wrote (stdout and stderr interleaved as they came).</summary>
    public string Tail(int lines)
    {
        lock (_gate)
        {
            var kept = _log.ToArray();
            var shown = kept.Skip(Math.Max(0, kept.Length - lines)).ToArray();
            var dropped = _linesSeen - shown.Length;
            var header = dropped > 0 ? $"(… {dropped} earlier line(s) not shown){Environment.NewLine}" : string.Empty;
            return header + string.Join(Environment.NewLine, shown);
        }
    }

    /// <summary>"host a (pid 123, http://127.0.0.1:5000, running)" followed by the tail of its log.</summary>
    public string Describe(int lines)
    {
        var state = _exitCode is { } code ? $"exited with {code.ToString(CultureInfo.InvariantCulture)}"
            : _disposed ? "stopped"
            : "running";

        return $"---- host {Name} (pid {ProcessId.ToString(CultureInfo.InvariantCulture)}, {BaseAddress}, {state}), last {lines.ToString(CultureInfo.InvariantCulture)} log lines ----"
            + Environment.NewLine + Tail(lines);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Running.TryRemove(this, out _);
        KillQuietly();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            // Left to the watchdog.
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }

        _process.Dispose();
    }

    /// <summary>The application name of a Host's connections, also known before it starts.</summary>
    public static string ApplicationNameOf(string name) => "edurelief-host-" + name;

    private static HostProcess Launch(string name, string connectionString, string dataDirectory, int port)
    {
        var dll = HostDll.Value;
        var start = new ProcessStartInfo
        {
            FileName = DotnetExecutable(),
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");

        // Nothing of the test process's own configuration leaks into the Host.
        foreach (var key in start.Environment.Keys.Where(k =>
                     k.StartsWith("EduRelief__", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("Modules__", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("Logging__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        var env = start.Environment;
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["DOTNET_ENVIRONMENT"] = "Production";
        env["EduRelief__Database__Provider"] = "PostgreSql";
        env["ConnectionStrings__EduRelief"] = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = ApplicationNameOf(name) }.ConnectionString;
        env["EduRelief__DataDirectory"] = dataDirectory;
        env["EduRelief__Bootstrap__AdminUser"] = HostPair.AdminUser;
        env["EduRelief__Bootstrap__AdminPassword"] = HostPair.AdminPassword;
        env["EduRelief__Access__SignIn__AttemptsPerAddress"] = "1000000";
        env["Logging__Console__FormatterName"] = "simple";
        env["Logging__Console__FormatterOptions__SingleLine"] = "true";
        env["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        env["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true";

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(name, port, process);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data is null ? null : "[stderr] " + e.Data);
        process.Exited += (_, _) => host._exitCode = process.ExitCode;
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {start.FileName} {dll}");
        }

        host._pid = process.Id;

        Running.TryAdd(host, 0);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        host.StartWatchdog();
        return host;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = CreateClient(timeout: TimeSpan.FromSeconds(5));
        var deadline = Stopwatch.StartNew();
        string last = "no answer yet";
        while (true)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(); // the last lines of its output
                throw new HostStartException($"Host {Name} exited with {_process.ExitCode.ToString(CultureInfo.InvariantCulture)} before /health answered.{Environment.NewLine}{Describe(80)}");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
            }

            if (deadline.Elapsed > timeout)
            {
                throw new HostStartException(
                    $"Host {Name} did not answer GET /health with 200 within {timeout.TotalSeconds:0} s (last: {last}).{Environment.NewLine}{Describe(80)}");
            }

            await Task.Delay(200);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _linesSeen++;
            _log.Enqueue(line);
            while (_log.Count > KeptLines)
            {
                _log.Dequeue();
            }
        }
    }

    private void KillQuietly()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Gone already, or never started.
        }
    }

    /// <summary>
    /// The test platform may kill the test process without ProcessExit running: a detached shell waits for it to end
    /// and then kills this Host (checking the pid is still a Host's, in case the number was reused).
    /// </summary>
    private void StartWatchdog()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var me = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var host = ProcessId.ToString(CultureInfo.InvariantCulture);
        var script = $"""
            exec </dev/null >/dev/null 2>&1
            (
              while kill -0 {me} && kill -0 {host}; do sleep 1; done
              if ! kill -0 {me} && grep -q EduRelief.Host.dll /proc/{host}/cmdline; then kill -9 {host}; fi
            ) &
            """;
        using var shell = Process.Start(new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", script }, UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not start the watchdog shell");
        shell.WaitForExit(TimeSpan.FromSeconds(10));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet that runs the tests (the SDK names it in DOTNET_HOST_PATH), else the one on the PATH.</summary>
    private static string DotnetExecutable()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        return Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
    }

    /// <summary><c>&lt;repo&gt;/src/Host/bin/&lt;Configuration&gt;/net10.0/EduRelief.Host.dll</c>, the repo found by walking up to EduRelief.sln.</summary>
    private static string FindHostDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var repo = here;
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "EduRelief.sln")))
        {
            repo = repo.Parent;
        }

        if (repo is null)
        {
            throw new InvalidOperationException($"No EduRelief.sln above {here.FullName}");
        }

        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } built
            ? built
            : here.Parent?.Parent?.Name ?? "Debug"; // bin/<Configuration>/net10.0/
        var dll = Path.Combine(repo.FullName, "src", "Host", "bin", configuration, "net10.0", "EduRelief.Host.dll");
        return File.Exists(dll)
            ? dll
            : throw new InvalidOperationException($"The Host is not built for {configuration}: {dll} is missing (the test project references src/Host, so building the tests builds it)");
    }
}

/// <summary>A Host did not come up; the message carries its output.</summary>
public sealed class HostStartException(string message) : Exception(message);
