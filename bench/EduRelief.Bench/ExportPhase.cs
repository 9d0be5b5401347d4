using System.Globalization;
using EduRelief.BuildingBlocks.Export;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.ExportStudents;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Bench;

/// <summary>
/// The student list exported whole, as the API streams it (the export handler, the table writer, a file as the
/// response body), once as CSV and once as XLSX, each with its own time and peak memory; beside it the raw limit:
/// SQLite reading the same rows and columns with a bare data reader and writing nothing.
/// </summary>
internal static class ExportPhase
{
    public static async Task RunAsync(RegistryHost host, string folder, int count, Action<string> print, CancellationToken cancellationToken)
    {
        var raw = await RawReadAsync(host.DatabasePath, cancellationToken);
        print($"raw sqlite read of the same rows (SELECT of the students' columns, every value read, nothing written): {Seconds(raw.Wall)}");
        var figures = new Dictionary<ExportFormat, PhaseTime>();
        foreach (var format in new[] { ExportFormat.Csv, ExportFormat.Xlsx })
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var before = MemoryProbe.CurrentBytes();
            MemoryProbe.TryResetPeak();
            var path = Path.Combine(folder, $"students{ExportFormats.Extension(format)}");
            var (time, rows) = await ExportAsync(host, format, path, cancellationToken);
            if (rows != count)
            {
                throw new InvalidOperationException($"the {format} export wrote {rows} rows, not {count}");
            }

            figures[format] = time;
            print($"export {count:N0} students as {format}: {Seconds(time.Wall)} (cpu {Seconds(time.Cpu)}), {new FileInfo(path).Length / (1024.0 * 1024.0):0.0} MB, "
                + $"peak working set {MemoryProbe.Megabytes(MemoryProbe.PeakBytes())} (before it {MemoryProbe.Megabytes(before)}; goal < 400 MB at 1M)");
            File.Delete(path);
        }

        print($"export ratios: raw read / CSV {Ratio(raw.Wall / figures[ExportFormat.Csv].Wall)}, raw read / XLSX {Ratio(raw.Wall / figures[ExportFormat.Xlsx].Wall)}, "
            + $"XLSX / CSV time {Ratio(figures[ExportFormat.Xlsx].Wall / figures[ExportFormat.Csv].Wall)}");
    }

    private static async Task<(PhaseTime Time, long Rows)> ExportAsync(RegistryHost host, ExportFormat format, string path, CancellationToken cancellationToken)
    {
        await using var scope = host.CreateScope();
        var services = scope.ServiceProvider;
        var handler = new ExportStudentsHandler(services.GetRequiredService<RegistryDbContext>(), services.GetRequiredService<ICallerContext>(), services.GetRequiredService<CountyClock>());
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var clock = PhaseClock.StartNew();
        long rows;
        await using (var writer = TableWriter.For(format, file, "学生名册"))
        {
            rows = await handler.Handle(new ExportStudentsQuery(new StudentCriteria(), StudentOrder.ListOrder, writer), cancellationToken);
            await writer.CompleteAsync(cancellationToken);
        }

        await file.FlushAsync(cancellationToken);
        clock.Stop();
        return (clock.Elapsed, rows);
    }

    private static async Task<PhaseTime> RawReadAsync(string databasePath, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Id", "ListKey", "NationalId", "Name", "BirthDate", "Sex", "SchoolId", "Grade", "Boarding", "HouseholdId", "CategoryMask",
                   "LeftBehind", "DisabilityCategory", "DisabilityGrade", "Status", "EnrolledOn", "Version"
            FROM "Students" ORDER BY "ListKey"
            """;
        var clock = PhaseClock.StartNew();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync(cancellationToken))
            {
                reader.GetValues(values);
            }
        }

        clock.Stop();
        return clock.Elapsed;
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    private static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "x";
}
