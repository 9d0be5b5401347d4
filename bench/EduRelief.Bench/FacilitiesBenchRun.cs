using System.Diagnostics;
using System.Globalization;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.SchoolConstruction;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.RefreshFacilities;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Bench;

/// <summary>
/// The facilities refresh over 2,000 schools, 50,000 buildings and 200,000 appraisals on the SQLite default, beside a
/// hand-written SQL over the same tables that reads what the ledger needs (D-grade buildings and area, overdue
/// appraisals, latest equipment), in the same run: time, peak memory and the ratio.
/// </summary>
internal static class FacilitiesBenchRun
{
    private const int Schools = 2_000;
    private const int BuildingsPerSchool = 25;
    private const int AppraisalsPerBuilding = 4;

    public static async Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "edurelief-bench-facilities", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var schools = Enumerable.Range(0, Schools).Select(School).ToList();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ModuleDatabaseRegistration.DataDirectoryKey] = directory }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new CountyClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById(CountyClock.DefaultTimeZone)));
        services.AddSingleton<ICallerContext, BenchCaller>();
        services.AddSingleton<IMediator>(new RegistrySchoolList(schools));
        new SchoolConstructionModule().Register(services, configuration);
        await using var provider = services.BuildServiceProvider();
        foreach (var database in provider.GetServices<IModuleDatabase>())
        {
            await database.MigrateAsync(cancellationToken);
        }

        var seeding = Stopwatch.StartNew();
        await SeedAsync(provider, cancellationToken);
        Console.WriteLine($"seeded {Schools:N0} schools, {Schools * BuildingsPerSchool:N0} buildings, {Schools * BuildingsPerSchool * AppraisalsPerBuilding:N0} appraisals in {seeding.Elapsed.TotalSeconds:0.0} s");

        var first = await TimeRefreshAsync(provider, "refresh (every row new)", cancellationToken);
        var second = await TimeRefreshAsync(provider, "refresh again (nothing new)", cancellationToken);
        var raw = TimeRawSql(Path.Combine(directory, "school_construction.db"), provider.GetRequiredService<CountyClock>().Today);
        Console.WriteLine($"ratio refresh / raw SQL: first {first / raw:0.00}x, again {second / raw:0.00}x (goal <= 2x)");
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static SchoolDto School(int i) => new()
    {
        Id = Guid.CreateVersion7(), Code = $"S{i:00000}", Name = $"第{i + 1}学校", TownshipCode = $"T{i % 20:00}", Stage = Stage.Primary,
        Location = (SchoolLocation)(i % 4), Classrooms = 12 + (i % 24),
    };

    private static async Task SeedAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        // The module's own clocks, so the seeded dates and the refresh agree on what "today" is in the county.
        var today = provider.GetRequiredService<CountyClock>().Today;
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow();
        for (var s = 0; s < Schools; s += 200)
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SchoolConstructionDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var school in Enumerable.Range(s, 200))
            {
                for (var b = 0; b < BuildingsPerSchool; b++)
                {
                    var building = new Building
                    {
                        Id = Guid.CreateVersion7(), SchoolCode = $"S{school:00000}", TownshipCode = $"T{school % 20:00}", Name = $"{b + 1}号楼",
                        FloorArea = 300m + (b * 17.25m), YearBuilt = 1960 + ((school + b) % 60), Structure = "砖混",
                    };
                    for (var a = 0; a < AppraisalsPerBuilding; a++)
                    {
                        var grade = (BuildingSafetyGrade)((school + b + a) % 4);
                        building.Appraise(today.AddDays(-400 * (AppraisalsPerBuilding - a)), grade, "鉴定站", $"R{a}", null, today, "bench", now);
                    }

                    db.Buildings.Add(building);
                }

                db.Equipment.Add(EquipmentRecord.Record(($"S{school:00000}", $"T{school % 20:00}"), today.AddDays(-30), new EquipmentCounts(20, 15 + (school % 6), 2, 5000, school % 3), today, "bench"));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static async Task<double> TimeRefreshAsync(IServiceProvider provider, string what, CancellationToken cancellationToken)
    {
        MemoryProbe.TryResetPeak();
        await using var scope = provider.CreateAsyncScope();
        var refresh = scope.ServiceProvider.GetRequiredService<FacilitiesRefresh>();
        var clock = Stopwatch.StartNew();
        var report = await refresh.RunAsync(cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{what}: {seconds * 1000:0} ms, peak {MemoryProbe.Megabytes(MemoryProbe.PeakBytes())}; {report}");
        return seconds;
    }

    /// <summary>What the ledger needs, read by hand: the grouped buildings and each school's latest equipment.</summary>
    private static double TimeRawSql(string path, DateOnly countyToday)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        var clock = Stopwatch.StartNew();
        var today = countyToday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var buildings = connection.CreateCommand();
        buildings.CommandText = """
            SELECT "SchoolCode", COUNT(*), SUM("Grade" = 'D'), SUM(CASE WHEN "Grade" = 'D' THEN "FloorArea" ELSE 0 END), SUM("NextAppraisalDueOn" < $today)
            FROM "Buildings" WHERE "DemolishedOn" IS NULL GROUP BY "SchoolCode"
            """;
        buildings.Parameters.AddWithValue("$today", today);
        var (rows, area) = (0, 0L);
        using (var reader = buildings.ExecuteReader())
        {
            while (reader.Read())
            {
                rows++;
                area += reader.GetInt64(3);
            }
        }

        using var equipment = connection.CreateCommand();
        equipment.CommandText = """
            SELECT e."SchoolCode", e."Classrooms", e."MultimediaClassrooms", e."OnlineClassrooms" FROM "Equipment" e
            WHERE e."AsOf" = (SELECT MAX(x."AsOf") FROM "Equipment" x WHERE x."SchoolCode" = e."SchoolCode")
            """;
        var (classrooms, equipped) = (0L, 0L);
        using (var reader = equipment.ExecuteReader())
        {
            while (reader.Read())
            {
                classrooms += reader.GetInt64(1);
                equipped += reader.GetInt64(2);
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"hand-written SQL: {seconds * 1000:0} ms; {rows:N0} schools, D-grade area {area / 100m:N2} m², coverage {(decimal)equipped / classrooms:P2}");
        return seconds;
    }
}
