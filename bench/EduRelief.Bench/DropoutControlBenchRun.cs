using System.Diagnostics;
using System.Globalization;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.DropoutControl;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.DropoutControl;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Jobs;
using EduRelief.Modules.SpecialNeeds;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Bench;

/// <summary>
/// The dropout ledger refresh and the risk job over <c>N</c> students (default 100,000) on the SQLite default: the
/// synthetic roster imported as a county imports it, then one in fifty students marked DroppedOut in March of this year
/// in the Registry's status history (a quarter of them back in September) and one in a hundred moved school last month,
/// by raw SQL; 1,000 of those still out have an open case. Each job runs twice, the second time with nothing new; the
/// consolidation rate (the figures handler) is timed beside a hand-written SQL of it over the Registry's history.
/// </summary>
internal sealed class DropoutControlBenchRun(int count)
{
    private const int OpenCases = 1_000;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "edurelief-bench-dropout-control", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var roster = new SyntheticRoster(count);
        await RosterSeed.ImportAsync(directory, roster, cancellationToken);
        await using var provider = await BuildAsync(directory, cancellationToken);
        var today = provider.GetRequiredService<CountyClock>().Today;
        var registryDb = Path.Combine(directory, "registry.db");
        SeedHistory(registryDb, today);
        var cases = await SeedCasesAsync(provider, today, cancellationToken);
        Console.WriteLine($"history: {Count(registryDb, "SELECT COUNT(*) FROM StudentChanges WHERE Field = 'status'"):N0} status changes, "
            + $"{Count(registryDb, "SELECT COUNT(*) FROM StudentChanges WHERE Field = 'schoolCode'"):N0} school changes; {cases:N0} open cases");

        await TimeAsync(provider, "ledger refresh (first run)", s => s.GetRequiredService<LedgerRefreshJob>().RunAsync(cancellationToken));
        await TimeAsync(provider, "ledger refresh again (nothing new)", s => s.GetRequiredService<LedgerRefreshJob>().RunAsync(cancellationToken));
        await TimeAsync(provider, "risk job (first run)", s => s.GetRequiredService<RiskScoresJob>().RunAsync(cancellationToken));
        await TimeAsync(provider, "risk job again (nothing new)", s => s.GetRequiredService<RiskScoresJob>().RunAsync(cancellationToken));
        await TimeAsync(provider, "consolidation rate (cold: queries compiled)", s => Figures(s, today, cancellationToken));
        var figures = await TimeAsync(provider, "consolidation rate (figures handler)", s => Figures(s, today, cancellationToken));
        var raw = TimeRaw(registryDb, today);
        Console.WriteLine($"ratio to raw SQL: consolidation rate {figures / raw:0.00}x (goal ≤ 2x)");
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static async Task<string> Figures(IServiceProvider services, DateOnly today, CancellationToken cancellationToken)
    {
        var figures = await services.GetRequiredService<IMediator>().Send(new GetDropoutFiguresQuery(today.Year), cancellationToken);
        return $"rate {figures.ConsolidationRate:0.0000}, {figures.DroppedNotReturned:N0} / {figures.EnrolledAtStart:N0}";
    }

    private static async Task<double> TimeAsync(ServiceProvider provider, string what, Func<IServiceProvider, Task<string>> run)
    {
        GC.Collect();
        MemoryProbe.TryResetPeak();
        var before = MemoryProbe.CurrentBytes();
        await using var scope = provider.CreateAsyncScope();
        var clock = Stopwatch.StartNew();
        var report = await run(scope.ServiceProvider);
        clock.Stop();
        Console.WriteLine($"{what}: {clock.Elapsed.TotalMilliseconds:N0} ms, peak working set {MemoryProbe.PeakBytes() / 1048576:N0} MB ({before / 1048576:N0} MB before) — {report}");
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>The two counts by hand over the Registry's file: compulsory age (6–15 on 1 September) and the status on a day from the history.</summary>
    private static double TimeRaw(string registryDb, DateOnly today)
    {
        var start = new DateOnly(today.Year, 1, 1);
        var counting = Consolidation.CountingDay(today.Year, today);
        var (bornFrom, bornTo) = (new DateOnly(start.Year - 1 - CompulsoryAge.Oldest - 1, 9, 2), new DateOnly(start.Year - 1 - CompulsoryAge.Youngest, 9, 1));
        using var connection = new SqliteConnection($"Data Source={registryDb};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var clock = Stopwatch.StartNew();
        var enrolled = Scalar(connection, $"""
            SELECT COUNT(*) FROM (
              SELECT s.Status,
                (SELECT c.NewValue FROM StudentChanges c WHERE c.StudentId = s.Id AND c.Field = 'status' AND c.EffectiveOn <= '{Day(start)}' ORDER BY c.EffectiveOn DESC, c.Id DESC LIMIT 1) AS lastBy,
                (SELECT c.OldValue FROM StudentChanges c WHERE c.StudentId = s.Id AND c.Field = 'status' AND c.EffectiveOn > '{Day(start)}' ORDER BY c.EffectiveOn, c.Id LIMIT 1) AS firstAfter
              FROM Students s WHERE s.EnrolledOn <= '{Day(start)}' AND s.BirthDate BETWEEN '{Day(bornFrom)}' AND '{Day(bornTo)}')
            WHERE COALESCE(lastBy, firstAfter, CASE Status WHEN 0 THEN 'Enrolled' END) = 'Enrolled'
            """);
        var dropped = Scalar(connection, $"""
            SELECT COUNT(*) FROM Students s
            WHERE s.EnrolledOn <= '{Day(counting)}' AND s.BirthDate BETWEEN '{Day(bornFrom)}' AND '{Day(bornTo)}'
              AND EXISTS (SELECT 1 FROM StudentChanges c WHERE c.StudentId = s.Id AND c.Field = 'status' AND c.NewValue = 'DroppedOut' AND c.EffectiveOn BETWEEN '{Day(start)}' AND '{Day(counting)}')
              AND (SELECT c.NewValue FROM StudentChanges c WHERE c.StudentId = s.Id AND c.Field = 'status' AND c.EffectiveOn <= '{Day(counting)}' ORDER BY c.EffectiveOn DESC, c.Id DESC LIMIT 1) = 'DroppedOut'
            """);
        clock.Stop();
        Console.WriteLine($"hand-written SQL consolidation rate: {clock.Elapsed.TotalMilliseconds:N0} ms — rate {1m - ((decimal)dropped / enrolled):0.0000}, {dropped:N0} / {enrolled:N0}");
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>One in fifty students dropped out on 15 March, a quarter of them back on 1 September; one in a hundred moved school a month ago.</summary>
    private static void SeedHistory(string registryDb, DateOnly today)
    {
        var (dropped, back, moved) = (new DateOnly(today.Year, 3, 15), new DateOnly(today.Year, 9, 1), today.AddMonths(-1));
        using var connection = new SqliteConnection($"Data Source={registryDb};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var sql in new[]
        {
            $"INSERT INTO StudentChanges (StudentId, Field, OldValue, NewValue, EffectiveOn, Source, RecordedAt) SELECT Id, 'status', 'Enrolled', 'DroppedOut', '{Day(dropped)}', 'bench', '{Day(dropped)} 00:00:00+00:00' FROM Students WHERE ListKey % 50 = 0",
            $"INSERT INTO StudentChanges (StudentId, Field, OldValue, NewValue, EffectiveOn, Source, RecordedAt) SELECT Id, 'status', 'DroppedOut', 'Enrolled', '{Day(back)}', 'bench', '{Day(back)} 00:00:00+00:00' FROM Students WHERE ListKey % 200 = 0",
            "UPDATE Students SET Status = 2 WHERE ListKey % 50 = 0 AND ListKey % 200 <> 0",
            $"INSERT INTO StudentChanges (StudentId, Field, OldValue, NewValue, EffectiveOn, Source, RecordedAt) SELECT s.Id, 'schoolCode', 'X', sc.Code, '{Day(moved)}', 'bench', '{Day(moved)} 00:00:00+00:00' FROM Students s JOIN Schools sc ON sc.Id = s.SchoolId WHERE s.ListKey % 100 = 7",
        })
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static async Task<int> SeedCasesAsync(IServiceProvider provider, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DropoutControlDbContext>();
        var histories = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(
            new StreamStatusHistoriesQuery { Criteria = new StudentCriteria { Status = StudentStatus.DroppedOut }, EnrolledBy = today }, cancellationToken);
        var opened = 0;
        await foreach (var s in histories.WithCancellation(cancellationToken))
        {
            var droppedOn = s.Changes[^1].EffectiveOn;
            if (!CompulsoryAge.Covers(s.BirthDate, droppedOn))
            {
                continue;
            }

            db.Cases.Add(DropoutCase.Found(Guid.CreateVersion7(), new CaseStudent(s.StudentId, s.NationalId, s.Name, s.TownshipCode, s.SchoolCode, s.BirthDate), droppedOn, "bench"));
            if (++opened == OpenCases)
            {
                break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return opened;
    }

    private static long Count(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return Scalar(connection, sql);
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<ServiceProvider> BuildAsync(string directory, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ModuleDatabaseRegistration.DataDirectoryKey] = directory }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new CountyClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById(CountyClock.DefaultTimeZone)));
        services.AddSingleton<SharedKernel.Identity.ICallerContext, BenchCaller>();
        services.AddSingleton<IModuleDirectory>(new BenchModules("Registry", SpecialNeedsModule.ModuleName, DropoutControlModule.ModuleName));
        new Modules.Registry.RegistryModule().Register(services, configuration);
        new SpecialNeedsModule().Register(services, configuration);
        new DropoutControlModule().Register(services, configuration);
        // The mediator without the Host's pipeline: each module's handlers answer the others' queries.
        services.AddScoped<ServiceFactory>(sp => sp.GetRequiredService);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan.FromAssemblies(typeof(Modules.Registry.RegistryModule).Assembly, typeof(SpecialNeedsModule).Assembly, typeof(DropoutControlModule).Assembly)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime());
        var provider = services.BuildServiceProvider();
        foreach (var database in provider.GetServices<IModuleDatabase>())
        {
            await database.MigrateAsync(cancellationToken);
        }

        return provider;
    }
}
