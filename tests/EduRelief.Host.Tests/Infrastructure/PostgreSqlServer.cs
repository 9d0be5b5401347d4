using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace EduRelief.Host.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for the test process: the newest server binaries under
/// <c>/usr/lib/postgresql/&lt;version&gt;/bin</c> (or the folder named by <see cref="BinFolderVariable"/>),
/// <c>initdb</c> into a fresh temp folder and started on a free port of 127.0.0.1 the first time a database is
/// asked for (about a second), stopped and deleted when the process exits (on ProcessExit, and by a detached
/// watchdog shell when the process is killed before that finishes). Durability is off (fsync, synchronous commit,
/// full page writes): nothing here outlives the run. As root (PostgreSQL refuses to run as root) the server runs
/// as the <c>postgres</c> OS user, which owns the temp folder. Nothing is logged unless something fails; then the
/// exception carries initdb's, pg_ctl's and the server log's output.
/// </summary>
public static partial class PostgreSqlServer
{
    /// <summary>A bin folder holding <c>initdb</c>, <c>pg_ctl</c> and <c>postgres</c>, used instead of the newest installed one.</summary>
    public const string BinFolderVariable = "EDURELIEF_TEST_PG_BIN";

    private const string InstallRoot = "/usr/lib/postgresql";
    private const string FolderPrefix = "edurelief-pg-";
    private const string OwnerFile = "owner.pid";
    private const string DatabasePrefix = "edurelief_test_";
    private const string ServiceUser = "postgres";
    private static readonly string[] Programs = ["initdb", "pg_ctl", "postgres"];

    private static readonly Lazy<(string? Bin, string? Reason)> Binaries = new(FindBinaries);
    private static readonly Lazy<Cluster> Running = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether server binaries were found (the server itself starts only when a database is first asked for).</summary>
    public static bool Available => Binaries.Value.Bin is not null;

    /// <summary>Why there is no server, when <see cref="Available"/> is false.</summary>
    public static string? UnavailableReason => Binaries.Value.Reason;

    /// <summary>
    /// Why a PostgreSQL test is skipped: no binaries and not on CI. On CI (the <c>CI</c> variable set) nothing is
    /// skipped, so missing binaries fail the tests instead of hiding them.
    /// </summary>
    public static string? SkipReason =>
        Available || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? null
            : $"No PostgreSQL server binaries: {UnavailableReason}";

    /// <summary>Creates a fresh, uniquely named, empty database and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var cluster = Running.Value;
        var name = DatabasePrefix + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }

        return cluster.ConnectionString(name);
    }

    /// <summary>
    /// Drops a database <see cref="CreateDatabase"/> gave, closing whatever is still connected to it. Clear the
    /// client's pools first (<see cref="NpgsqlConnection.ClearAllPools"/>) so no pooled connection is left dead.
    /// </summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        if (name is null || !OurDatabase().IsMatch(name))
        {
            throw new ArgumentException($"Not a database of {nameof(PostgreSqlServer)}: {name}", nameof(connectionString));
        }

        using var connection = new NpgsqlConnection(Running.Value.ConnectionString("postgres"));
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    [GeneratedRegex("^edurelief_test_[0-9a-f]{32}$")]
    private static partial Regex OurDatabase();

    private static (string? Bin, string? Reason) FindBinaries()
    {
        if (Environment.GetEnvironmentVariable(BinFolderVariable) is { Length: > 0 } configured)
        {
            return HasPrograms(configured)
                ? (configured, null)
                : (null, $"{BinFolderVariable}={configured} does not hold {string.Join(", ", Programs)}");
        }

        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return (null, $"looked for {InstallRoot}/<version>/bin, which only exists on Unix; set {BinFolderVariable}");
        }

        var newest = Directory.Exists(InstallRoot)
            ? Directory.GetDirectories(InstallRoot)
                .Select(folder => (Folder: folder, Version: Version.TryParse(VersionOf(Path.GetFileName(folder)), out var v) ? v : null))
                .Where(c => c.Version is not null && HasPrograms(Path.Combine(c.Folder, "bin")))
                .OrderByDescending(c => c.Version)
                .Select(c => Path.Combine(c.Folder, "bin"))
                .FirstOrDefault()
            : null;
        return newest is not null
            ? (newest, null)
            : (null, $"no {InstallRoot}/<version>/bin with {string.Join(", ", Programs)} (install the postgresql package, or set {BinFolderVariable})");

        // "15" is not a Version; "15.0" is.
        static string VersionOf(string name) => name.Contains('.', StringComparison.Ordinal) ? name : name + ".0";
    }

    private static bool HasPrograms(string bin) => Programs.All(p => File.Exists(Path.Combine(bin, p)));

    private static Cluster Start()
    {
        var (bin, reason) = Binaries.Value;
        if (bin is null)
        {
            throw new InvalidOperationException($"PostgreSQL is not available: {reason}");
        }

        RemoveOrphans(bin);

        var root = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var cluster = new Cluster(bin, root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        try
        {
            if (RunsAsRoot)
            {
                Run("chown", [$"{ServiceUser}:", root], asServiceUser: false, TimeSpan.FromSeconds(30));
            }

            cluster.Init();
            cluster.Start();
            return cluster;
        }
        catch
        {
            cluster.Stop();
            throw;
        }
    }

    /// <summary>Clusters left running by a test process that was killed (no ProcessExit): stopped and deleted.</summary>
    private static void RemoveOrphans(string bin)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            try
            {
                var ownerFile = Path.Combine(folder, OwnerFile);
                if (!File.Exists(ownerFile)
                    || !int.TryParse(File.ReadAllText(ownerFile), CultureInfo.InvariantCulture, out var owner)
                    || IsRunning(owner))
                {
                    continue;
                }

                new Cluster(bin, folder).Stop();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Someone else's, or already gone.
            }
        }

        static bool IsRunning(int pid)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }

    private static bool RunsAsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The command line that runs a program, as the postgres OS user when asked and this process is root.</summary>
    private static string[] CommandLine(string program, IReadOnlyList<string> arguments, bool asServiceUser)
    {
        if (!asServiceUser || !RunsAsRoot)
        {
            return [program, .. arguments];
        }

        var runuser = ((string[])["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]).FirstOrDefault(File.Exists);
        return runuser is not null
            ? [runuser, "-u", ServiceUser, "--", program, .. arguments]
            : ["su", ServiceUser, "-s", "/bin/sh", "-c", ShellLine([program, .. arguments])];
    }

    /// <summary>Runs a program (as the postgres OS user when asked and this process is root) and returns its output; throws with it on failure.</summary>
    private static string Run(string program, IReadOnlyList<string> arguments, bool asServiceUser, TimeSpan timeout)
    {
        var commandLine = CommandLine(program, arguments, asServiceUser);
        var start = new ProcessStartInfo
        {
            FileName = commandLine[0],
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in commandLine.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {ShellLine(commandLine)}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{ShellLine(commandLine)} did not finish within {timeout.TotalSeconds:0} s");
        }

        var text = new StringBuilder().Append(output.GetAwaiter().GetResult()).Append(error.GetAwaiter().GetResult()).ToString();
        return process.ExitCode == 0
            ? text
            : throw new InvalidOperationException($"{ShellLine(commandLine)} exited with {process.ExitCode}:{Environment.NewLine}{text}");
    }

    private static string ShellLine(IEnumerable<string> commandLine) => string.Join(' ', commandLine.Select(ShellQuote));

    private static string ShellQuote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,@+".Contains(c, StringComparison.Ordinal))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private sealed class Cluster(string bin, string root)
    {
        private readonly object _gate = new();
        private bool _stopped;

        private string Data => Path.Combine(root, "data");

        private string Log => Path.Combine(root, "server.log");

        public int Port { get; private set; }

        public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = ServiceUser,
            Database = database,
            IncludeErrorDetail = true,
        }.ConnectionString;

        public void Init()
        {
            Run(Path.Combine(bin, "initdb"), ["-D", Data, "-E", "UTF8", "--locale=C", "-A", "trust", "-U", ServiceUser, "--no-sync"], asServiceUser: true, TimeSpan.FromMinutes(2));
        }

        public void Start()
        {
            // The port is free when picked but may be taken before the server binds it: try another.
            for (var attempt = 1; ; attempt++)
            {
                Port = FreePort();
                var options = string.Join(
                    ' ',
                    "-c listen_addresses=127.0.0.1",
                    $"-c port={Port.ToString(CultureInfo.InvariantCulture)}",
                    $"-c unix_socket_directories={ShellQuote(root)}", // pg_ctl hands these to a shell
                    "-c fsync=off",
                    "-c synchronous_commit=off",
                    "-c full_page_writes=off",
                    "-c max_connections=300");
                try
                {
                    Run(Path.Combine(bin, "pg_ctl"), ["start", "-D", Data, "-l", Log, "-w", "-t", "60", "-o", options], asServiceUser: true, TimeSpan.FromSeconds(90));
                    WaitForConnections();
                    StartWatchdog();
                    return;
                }
                catch (InvalidOperationException e)
                {
                    var log = File.Exists(Log) ? File.ReadAllText(Log) : "(no server log)";
                    if (attempt < 3 && log.Contains("could not bind", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    throw new InvalidOperationException($"PostgreSQL did not start in {root}: {e.Message}{Environment.NewLine}Server log:{Environment.NewLine}{log}", e);
                }
            }
        }

        private void WaitForConnections()
        {
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
                    connection.Open();
                    return;
                }
                catch (NpgsqlException) when (deadline.Elapsed < TimeSpan.FromSeconds(30))
                {
                    Thread.Sleep(100);
                }
            }
        }

        /// <summary>
        /// The test host is often killed (the test platform does not wait for ProcessExit to finish, nor does a hang
        /// timeout): a detached shell waits for this process to end, then stops the server and deletes the folder.
        /// </summary>
        private void StartWatchdog()
        {
            var stop = ShellLine(CommandLine(Path.Combine(bin, "pg_ctl"), StopArguments, asServiceUser: true));
            var script = $"""
                exec </dev/null >/dev/null 2>&1
                (
                  while kill -0 {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}; do sleep 0.5; done
                  {stop}
                  rm -rf {ShellQuote(root)}
                ) &
                """;
            Run("/bin/sh", ["-c", script], asServiceUser: false, TimeSpan.FromSeconds(30));
        }

        private string[] StopArguments => ["stop", "-D", Data, "-m", "immediate", "-w", "-t", "30"];

        /// <summary>Stops the server at once (no shutdown checkpoint: the data is thrown away) and deletes the folder.</summary>
        public void Stop()
        {
            lock (_gate)
            {
                if (_stopped)
                {
                    return;
                }

                _stopped = true;
            }

            try
            {
                if (File.Exists(Path.Combine(Data, "postmaster.pid")))
                {
                    Run(Path.Combine(bin, "pg_ctl"), StopArguments, asServiceUser: true, TimeSpan.FromSeconds(45));
                }
            }
            catch (InvalidOperationException)
            {
                // Already stopped: the folder goes all the same.
            }

            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left to the OS temp cleaner.
            }
        }
    }
}
