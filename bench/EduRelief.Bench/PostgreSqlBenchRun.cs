using System.Globalization;
using EduRelief.BuildingBlocks.Upload;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Modules.Registry.Features.ImportRoster;
using EduRelief.Modules.Registry.Features.RefreshLedger;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EduRelief.Bench;

/// <summary>
/// The registry figures on PostgreSQL (a throwaway server on this machine, fsync off, as in the tests): the roster
/// import through the API's code path beside binary COPY of the same rows in the same run, and the ledger refresh.
/// </summary>
internal sealed class PostgreSqlBenchRun(int count)
{
    private const long MaxImportBytes = 1L << 40;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Console.WriteLine($"== EduRelief bench on PostgreSQL: {count:N0} students ({Environment.ProcessorCount} cores) ==");
        var root = Path.Combine(Path.GetTempPath(), $"edurelief-bench-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var roster = new SyntheticRoster(count);
        var csvPath = Path.Combine(root, "roster.csv");
        await roster.WriteRosterAsync(csvPath, cancellationToken);
        try
        {
            // A warm-up import of a small roster on a database of its own, so the timed run meets compiled code.
            var warm = new SyntheticRoster(Math.Min(count, 20_000));
            var warmCsv = Path.Combine(root, "warm.csv");
            await warm.WriteRosterAsync(warmCsv, cancellationToken);
            await using (var warmHost = await RegistryHost.CreateAsync(Path.Combine(root, "warm"), MaxImportBytes, cancellationToken, PostgreSqlServer.CreateDatabase()))
            {
                await ImportAsync(warmHost, warmCsv, warm.Count, cancellationToken);
            }

            var database = PostgreSqlServer.CreateDatabase();
            await using var host = await RegistryHost.CreateAsync(Path.Combine(root, "import"), MaxImportBytes, cancellationToken, database);
            var import = await ImportAsync(host, csvPath, count, cancellationToken);
            Console.WriteLine($"import {count:N0} rows: {Seconds(import.Wall)}, {Rate(count, import.Wall)} (cpu {Seconds(import.Cpu)})");

            var limits = new List<(string What, bool All)> { ("Students rows only", false), ("every row the import writes (students, category periods, outbox)", true) };
            foreach (var (what, all) in limits)
            {
                var fresh = PostgreSqlServer.CreateDatabase();
                await using (await RegistryHost.CreateAsync(Path.Combine(root, all ? "raw-all" : "raw"), MaxImportBytes, cancellationToken, fresh))
                {
                }

                var raw = RawPostgreSqlCopy.Run(fresh, roster, all);
                Console.WriteLine($"raw PostgreSQL limit, binary COPY of {what}, one transaction: {Seconds(raw.Wall)}, {Rate(count, raw.Wall)}; "
                    + $"import ÷ limit {(raw.Wall / import.Wall).ToString("0.00", CultureInfo.InvariantCulture)}x");
                NpgsqlConnection.ClearAllPools();
                PostgreSqlServer.DropDatabase(fresh);
            }

            var inbox = Path.Combine(host.DataDirectory, "inbox", "households");
            Directory.CreateDirectory(inbox);
            await roster.WriteHouseholdListAsync(Path.Combine(inbox, "households.csv"), cancellationToken);
            for (var run = 1; run <= 2; run++)
            {
                await using var scope = host.CreateScope();
                var clock = PhaseClock.StartNew();
                var report = await scope.ServiceProvider.GetRequiredService<LedgerRefresh>().RunAsync(cancellationToken);
                clock.Stop();
                Console.WriteLine($"ledger refresh ({(run == 1 ? "first run" : "second run, nothing new")}): {Seconds(clock.Elapsed.Wall)}; {report}");
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<PhaseTime> ImportAsync(RegistryHost host, string csvPath, int rows, CancellationToken cancellationToken)
    {
        await using var scope = host.CreateScope();
        await using var body = File.OpenRead(csvPath);
        var clock = PhaseClock.StartNew();
        var result = await scope.ServiceProvider.GetRequiredService<RosterImporter>().ImportAsync(new UploadedFile(body), dryRun: false, partial: false, cancellationToken);
        clock.Stop();
        if (!result.Stored || result.Accepted != rows)
        {
            throw new InvalidOperationException($"import did not store every row: accepted {result.Accepted}, rejected {result.Rejected}");
        }

        return clock.Elapsed;
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Rate(int rows, TimeSpan elapsed) => (rows / elapsed.TotalSeconds).ToString("0", CultureInfo.InvariantCulture) + " rows/s";
}
