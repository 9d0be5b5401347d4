using System.Diagnostics;
using System.Globalization;
using EduRelief.BuildingBlocks.Upload;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.ImportRoster;
using EduRelief.Modules.Registry.Features.RefreshLedger;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Bench;

/// <summary>
/// One benchmark of N students: import through the API's code path, the raw SQLite limit on the same rows, the ledger
/// refresh on the imported database, and peak memory. Each step uses fresh databases in its own temporary folder.
/// </summary>
internal sealed class BenchRun(int count, bool keepFiles, bool warmUp)
{
    private const int WarmUpRows = 20_000;

    // The API's default upload limit (20 MB) holds about 200,000 roster rows; the bench lifts it so a million can pass.
    private const long MaxImportBytes = 1L << 40;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), $"edurelief-bench-{count}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        try
        {
            await RunInAsync(root, cancellationToken);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (keepFiles)
            {
                Print($"files kept in {root}");
            }
            else
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static void Print(string line) => Console.WriteLine(line);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Rate(int rows, TimeSpan elapsed) => (rows / elapsed.TotalSeconds).ToString("0", CultureInfo.InvariantCulture) + " rows/s";

    private static string Figures(int rows, PhaseTime time) =>
        $"{Seconds(time.Wall)}, {Rate(rows, time.Wall)} (cpu {Seconds(time.Cpu)}; jit {Seconds(time.Jit)})";

    private static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    private static string Megabytes(long bytes) => MemoryProbe.Megabytes(bytes);

    private async Task RunInAsync(string root, CancellationToken cancellationToken)
    {
        Print($"== EduRelief bench: {count:N0} students ({Environment.ProcessorCount} cores, .NET {Environment.Version}, "
            + $"server GC {System.Runtime.GCSettings.IsServerGC}) ==");
        if (warmUp)
        {
            await WarmUpAsync(Path.Combine(root, "warmup"), cancellationToken);
        }

        var roster = new SyntheticRoster(count);
        var csvPath = Path.Combine(root, "roster.csv");
        var written = Stopwatch.StartNew();
        await roster.WriteRosterAsync(csvPath, cancellationToken);
        Print($"roster csv: {new FileInfo(csvPath).Length / (1024.0 * 1024.0):0.0} MB written to a temp file in {Seconds(written.Elapsed)} (not timed below)");

        // (1) Import through the API's code path, reading the file as the endpoint reads a request body.
        await using var host = await RegistryHost.CreateAsync(Path.Combine(root, "import"), MaxImportBytes, cancellationToken);
        Print($"import connection: {await ReadPragmasAsync(host, cancellationToken)}");
        await WaitForJitAsync(cancellationToken);

        // The import's own peak starts from what the process holds now (runtime, EF model, warm-up leftovers).
        var peaks = new List<long> { MemoryProbe.PeakBytes() };
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var resettable = MemoryProbe.TryResetPeak();
        var baseline = MemoryProbe.CurrentBytes();
        var import = await ImportAsync(host, csvPath, cancellationToken);
        var importPeak = MemoryProbe.PeakBytes();
        peaks.Add(importPeak);
        Print($"import {count} rows: {Figures(count, import)}");
        Print(resettable
            ? $"peak working set during import: {Megabytes(importPeak)} (working set before it: {Megabytes(baseline)}; goal < 400 MB at 1M)"
            : $"peak working set through import (process start to end of import, warm-up included): {Megabytes(importPeak)} (goal < 400 MB at 1M)");
        Print($"registry.db after import: {new FileInfo(host.DatabasePath).Length / (1024.0 * 1024.0):0} MB");

        // (1b) The whole list exported, as CSV and as XLSX, beside SQLite's own read of the same rows.
        await WaitForJitAsync(cancellationToken);
        await ExportPhase.RunAsync(host, root, count, Print, cancellationToken);

        // (1c) The same roster as an XLSX workbook, imported into a fresh database: the upload's XLSX path beside its CSV.
        var xlsxPath = Path.Combine(root, "roster.xlsx");
        written.Restart();
        await roster.WriteRosterWorkbookAsync(xlsxPath, cancellationToken);
        Print($"roster xlsx: {new FileInfo(xlsxPath).Length / (1024.0 * 1024.0):0.0} MB written to a temp file in {Seconds(written.Elapsed)} (not timed below)");
        await using (var xlsxHost = await RegistryHost.CreateAsync(Path.Combine(root, "import-xlsx"), MaxImportBytes, cancellationToken))
        {
            await WaitForJitAsync(cancellationToken);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            MemoryProbe.TryResetPeak();
            var before = MemoryProbe.CurrentBytes();
            var xlsx = await ImportAsync(xlsxHost, xlsxPath, cancellationToken);
            var xlsxPeak = MemoryProbe.PeakBytes();
            peaks.Add(xlsxPeak);
            Print($"import {count} rows from XLSX: {Figures(count, xlsx)}; peak working set {Megabytes(xlsxPeak)} (before it {Megabytes(before)}; goal < 400 MB at 1M)");
            var slower = xlsx.Wall / import.Wall;
            Print($"XLSX / CSV import time: {Ratio(slower)} (goal <= 2x) {(slower <= 2 ? "MET" : "NOT MET")}; by cpu time {Ratio(xlsx.Cpu / import.Cpu)}");
        }

        File.Delete(xlsxPath);

        // (2) The limit: the same rows, raw prepared statements, one transaction, same schema and pragmas.
        MemoryProbe.TryResetPeak();
        var raw = await RawAsync(Path.Combine(root, "raw"), roster, allImportWrites: false, cancellationToken);
        Print($"raw connection: {raw.Pragmas}");
        Print($"raw sqlite limit (Students rows only, prepared INSERT, one transaction, same schema/indexes/pragmas): {Figures(count, raw.Time)}");
        var ratio = raw.Time.Wall / import.Wall;
        Print($"ratio: {Ratio(ratio)} (goal >= 0.5x) {(ratio >= 0.5 ? "MET" : "NOT MET")}; by cpu time {Ratio(raw.Time.Cpu / import.Cpu)}");

        var full = await RawAsync(Path.Combine(root, "raw-full"), roster, allImportWrites: true, cancellationToken);
        Print($"raw sqlite, all rows the import writes (Students + category periods + outbox message per student): {Figures(count, full.Time)}");
        Print($"ratio to that: {Ratio(full.Time.Wall / import.Wall)}; by cpu time {Ratio(full.Time.Cpu / import.Cpu)} (for reading only: the goal is against the Students-only limit)");
        peaks.Add(MemoryProbe.PeakBytes());

        // (3) Ledger refresh on the imported database, with a household list of N/10 lines in the inbox.
        var inbox = Path.Combine(host.DataDirectory, "inbox", "households");
        Directory.CreateDirectory(inbox);
        await roster.WriteHouseholdListAsync(Path.Combine(inbox, "households-20251001.csv"), cancellationToken);
        Print($"household list: {roster.Households} lines in the inbox");
        // As before the import: the refresh's peak starts from a settled process, not from the raw inserts' garbage.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Print($"working set before the ledger refresh: {Megabytes(MemoryProbe.CurrentBytes())}");
        MemoryProbe.TryResetPeak();
        await WaitForJitAsync(cancellationToken);
        for (var run = 1; run <= 2; run++)
        {
            await using var scope = host.CreateScope();
            var refresh = scope.ServiceProvider.GetRequiredService<LedgerRefresh>();
            var clock = PhaseClock.StartNew();
            string report;
            try
            {
                report = await refresh.RunAsync(cancellationToken);
            }
            catch (Exception ex)
            {
                // A benchmark reports a failing step and goes on to print the remaining figures.
                clock.Stop();
                Print($"ledger refresh (run {run}) FAILED after {Seconds(clock.Elapsed.Wall)}: {ex.GetType().Name}: {ex.Message}");
                Print($"  {ex.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("EduRelief.Modules", StringComparison.Ordinal))}");
                break;
            }

            clock.Stop();
            var time = clock.Elapsed;
            var goal = (run, count) switch
            {
                (1, 100_000) => $" (goal < 10 s at 100k: {(time.Wall.TotalSeconds < 10 ? "MET" : "NOT MET")})",
                (1, _) => " (the goal, < 10 s, is for 100k students)",
                _ => IsNoOp(report) ? " (changed nothing, as it should)" : " (CHANGED SOMETHING: a second run should find nothing to do)",
            };
            Print($"ledger refresh ({(run == 1 ? "first run" : "second run, nothing new")}): {Seconds(time.Wall)} (cpu {Seconds(time.Cpu)}; jit {Seconds(time.Jit)}){goal}");
            Print($"  report: {report}");
        }

        peaks.Add(MemoryProbe.PeakBytes());
        if (resettable)
        {
            Print($"peak working set by phase: warm-up and setup {Megabytes(peaks[0])}, import {Megabytes(peaks[1])}, XLSX import {Megabytes(peaks[2])}, "
                + $"raw inserts {Megabytes(peaks[3])}, ledger refresh {Megabytes(peaks[4])} (goal < 400 MB at 1M)");
        }

        Print($"peak working set: {Megabytes(importPeak)} during import (goal < 400 MB at 1M); {Megabytes(peaks.Max())} over the whole run");
    }

    private static bool IsNoOp(string report) =>
        report.Contains("already applied", StringComparison.Ordinal)
        && report.Contains("; 0 student(s) brought in line", StringComparison.Ordinal)
        && report.Contains("; 0 student file summaries rebuilt", StringComparison.Ordinal);

    private async Task<PhaseTime> ImportAsync(RegistryHost host, string path, CancellationToken cancellationToken)
    {
        await using var scope = host.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<RosterImporter>();
        await using var body = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var clock = PhaseClock.StartNew();
        var result = await importer.ImportAsync(new UploadedFile(body, FileName: Path.GetFileName(path)), dryRun: false, partial: false, cancellationToken);
        clock.Stop();
        if (!result.Stored || result.Accepted != count || result.Rejected != 0)
        {
            var errors = string.Join("; ", result.Errors.Take(5).Select(e => $"line {e.Line} {e.Field}: {e.Message}"));
            throw new InvalidOperationException(
                $"import did not store every row: accepted {result.Accepted}, updated {result.Updated}, unchanged {result.Unchanged}, rejected {result.Rejected}. {errors}");
        }

        return clock.Elapsed;
    }

    private static async Task<RawInsertResult> RawAsync(string dataDirectory, SyntheticRoster roster, bool allImportWrites, CancellationToken cancellationToken)
    {
        // The module migrates this database too, so the raw insert meets the same tables, indexes and WAL journal.
        string databasePath;
        await using (var schema = await RegistryHost.CreateAsync(dataDirectory, MaxImportBytes, cancellationToken))
        {
            databasePath = schema.DatabasePath;
        }

        await WaitForJitAsync(cancellationToken);

        return RawSqliteInsert.Run(databasePath, roster, allImportWrites);
    }

    private static async Task<string> ReadPragmasAsync(RegistryHost host, CancellationToken cancellationToken)
    {
        await using var scope = host.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return Pragmas.Read(db.Database.GetDbConnection());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Runs every timed path (import, raw inserts, ledger refresh) twice on a small roster, waiting after each round for
    /// the tiered JIT to finish recompiling hot methods, so the timed runs measure steady-state code as a long-running
    /// host would run it, not JIT compilation (seconds of CPU on two cores) or EF model building.
    /// </summary>
    private static async Task WarmUpAsync(string directory, CancellationToken cancellationToken)
    {
        var roster = new SyntheticRoster(WarmUpRows);
        Directory.CreateDirectory(directory);
        var csvPath = Path.Combine(directory, "roster.csv");
        await roster.WriteRosterAsync(csvPath, cancellationToken);
        for (var round = 0; round < 2; round++)
        {
            await using (var host = await RegistryHost.CreateAsync(Path.Combine(directory, $"import{round}"), MaxImportBytes, cancellationToken))
            {
                await using (var scope = host.CreateScope())
                {
                    await using var body = File.OpenRead(csvPath);
                    await scope.ServiceProvider.GetRequiredService<RosterImporter>().ImportAsync(new UploadedFile(body), dryRun: false, partial: false, cancellationToken);
                }

                var inbox = Path.Combine(host.DataDirectory, "inbox", "households");
                Directory.CreateDirectory(inbox);
                await roster.WriteHouseholdListAsync(Path.Combine(inbox, "households.csv"), cancellationToken);
                for (var run = 0; run < 2; run++)
                {
                    await using var scope = host.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<LedgerRefresh>().RunAsync(cancellationToken);
                }
            }

            await RawAsync(Path.Combine(directory, $"raw{round}"), roster, allImportWrites: false, cancellationToken);
            await RawAsync(Path.Combine(directory, $"raw-full{round}"), roster, allImportWrites: true, cancellationToken);
            await WaitForJitAsync(cancellationToken);
        }

        Print($"warm-up: {WarmUpRows} rows through import, raw inserts and ledger refresh, twice, waiting for the JIT to settle "
            + $"({System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled; not timed)");
    }

    /// <summary>Lets background tier-up compilation started by untimed work (host creation, migration) finish before a timed phase.</summary>
    private static async Task WaitForJitAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(500, cancellationToken);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled)
            {
                return;
            }

            compiled = now;
        }
    }
}
