using System.Diagnostics;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.TeacherSupport;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.ComputeAllowanceRoll;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Bench;

/// <summary>
/// The monthly allowance roll for 20,000 teachers across 2,000 schools on the SQLite default (half the schools rural or
/// remote, a tenth of those with a tier of their own), first run and second run with nothing changed, beside a
/// hand-written INSERT … SELECT of the same roll into a table of the same shape, in the same run: time, peak memory, ratio.
/// </summary>
internal static class AllowanceRollBenchRun
{
    private const int Schools = 2_000;
    private const int TeachersPerSchool = 10;
    private static readonly RollMonth Month = new(2026, 3);

    public static async Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "edurelief-bench-allowance", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ModuleDatabaseRegistration.DataDirectoryKey] = directory }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new CountyClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById(CountyClock.DefaultTimeZone)));
        services.AddSingleton<ICallerContext, BenchCaller>();
        services.AddSingleton<IMediator>(new RegistrySchoolList([]));
        new TeacherSupportModule().Register(services, configuration);
        await using var provider = services.BuildServiceProvider();
        foreach (var database in provider.GetServices<IModuleDatabase>())
        {
            await database.MigrateAsync(cancellationToken);
        }

        var seeding = Stopwatch.StartNew();
        await SeedAsync(provider, cancellationToken);
        Console.WriteLine($"seeded {Schools:N0} schools, {Schools * TeachersPerSchool:N0} teachers with their postings in {seeding.Elapsed.TotalSeconds:0.0} s");

        var path = Path.Combine(directory, "teacher_support.db");
        // A cold run of another month first: EF Core compiles its queries once per process, as the Host does on its first roll.
        await TimeRollAsync(provider, Month.Previous, "cold roll of the month before (queries compiled, not compared)", cancellationToken);
        var first = await TimeRollAsync(provider, Month, "roll (every line new)", cancellationToken);
        var rawFirst = TimeRawSql(path, "hand-written SQL (every line new)");
        var second = await TimeRollAsync(provider, Month, "roll again (nothing changed)", cancellationToken);
        var rawSecond = TimeRawSql(path, "hand-written SQL again (nothing changed)");
        Console.WriteLine($"ratio roll / raw SQL: first {first / rawFirst:0.00}x, again {second / rawSecond:0.00}x (goal <= 2x)");
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static SchoolLocation LocationOf(int school) => (SchoolLocation)(school % 4);

    private static async Task SeedAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        var today = provider.GetRequiredService<CountyClock>().Today;
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TeacherSupportDbContext>();
            db.AllowanceTiers.AddRange(
                new AllowanceTier { Location = SchoolLocation.Rural, EffectiveFrom = new DateOnly(2025, 1, 1), Monthly = 400m },
                new AllowanceTier { Location = SchoolLocation.Remote, EffectiveFrom = new DateOnly(2025, 1, 1), Monthly = 600m });
            foreach (var school in Enumerable.Range(0, Schools).Where(s => LocationOf(s).IsRural() && s % 10 < 2))
            {
                db.AllowanceTiers.Add(new AllowanceTier { SchoolCode = $"S{school:00000}", EffectiveFrom = new DateOnly(2025, 1, 1), Monthly = 500m });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        for (var s = 0; s < Schools; s += 200)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TeacherSupportDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var school in Enumerable.Range(s, 200))
            {
                var posted = new PostedSchool($"S{school:00000}", $"T{school % 20:00}", LocationOf(school));
                for (var t = 0; t < TeachersPerSchool; t++)
                {
                    var n = (school * TeachersPerSchool) + t;
                    // One teacher in ten starts on the 2nd of the month: in post on the 1st only from the next month.
                    var hiredOn = t == 9 ? new DateOnly(2026, 3, 2) : new DateOnly(2010 + (n % 15), 9, 1);
                    db.Teachers.Add(Teacher.Hire(Guid.CreateVersion7(), $"5201{n:00000000000000}", $"教师{n}", posted, "数学", null, hiredOn, Staffing.Established, false, today));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static async Task<double> TimeRollAsync(IServiceProvider provider, RollMonth month, string what, CancellationToken cancellationToken)
    {
        MemoryProbe.TryResetPeak();
        await using var scope = provider.CreateAsyncScope();
        var computation = scope.ServiceProvider.GetRequiredService<AllowanceRollComputation>();
        var clock = Stopwatch.StartNew();
        var report = await computation.RunAsync(month, "bench", cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{what}: {seconds * 1000:0} ms, peak {MemoryProbe.Megabytes(MemoryProbe.PeakBytes())}; {report.Text}");
        return seconds;
    }

    /// <summary>The same roll by hand: one INSERT … SELECT into a table of the roll lines' shape, unique per (teacher, month).</summary>
    private static double TimeRawSql(string path, string what)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS "RawRoll" ("Id" INTEGER PRIMARY KEY, "Month" INTEGER NOT NULL, "TeacherId" TEXT NOT NULL, "SchoolCode" TEXT NOT NULL,
                    "TownshipCode" TEXT NOT NULL, "Location" TEXT NOT NULL, "Monthly" INTEGER NOT NULL);
                CREATE UNIQUE INDEX IF NOT EXISTS "IX_RawRoll" ON "RawRoll" ("TeacherId", "Month");
                """;
            create.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        using var transaction = connection.BeginTransaction();
        using var roll = connection.CreateCommand();
        roll.Transaction = transaction;
        roll.CommandText = """
            INSERT INTO "RawRoll" ("Month", "TeacherId", "SchoolCode", "TownshipCode", "Location", "Monthly")
            SELECT * FROM (
                SELECT $month, p."TeacherId", p."SchoolCode", p."TownshipCode", p."Location",
                    COALESCE(
                        (SELECT t."Monthly" FROM "AllowanceTiers" t WHERE t."SchoolCode" = p."SchoolCode" AND t."EffectiveFrom" <= $first AND (t."EffectiveTo" IS NULL OR t."EffectiveTo" >= $first)),
                        (SELECT t."Monthly" FROM "AllowanceTiers" t WHERE t."SchoolCode" IS NULL AND t."Location" = p."Location" AND t."EffectiveFrom" <= $first AND (t."EffectiveTo" IS NULL OR t."EffectiveTo" >= $first))) AS "Monthly"
                FROM "Postings" p
                WHERE p."StartsOn" <= $first AND (p."EndsOn" IS NULL OR p."EndsOn" >= $first) AND p."Location" IN ('Rural', 'Remote'))
            WHERE "Monthly" IS NOT NULL
            ON CONFLICT ("TeacherId", "Month") DO NOTHING
            """;
        roll.Parameters.AddWithValue("$month", Month.Key);
        roll.Parameters.AddWithValue("$first", Month.FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var inserted = roll.ExecuteNonQuery();
        transaction.Commit();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{what}: {seconds * 1000:0} ms; {inserted:N0} line(s) written");
        return seconds;
    }
}
