using System.Diagnostics;
using EduRelief.BuildingBlocks.Periods;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Reporting;
using EduRelief.Modules.DropoutControl;
using EduRelief.Modules.Registry;
using EduRelief.Modules.Reporting;
using EduRelief.Modules.SchoolConstruction;
using EduRelief.Modules.SpecialNeeds;
using EduRelief.Modules.Subsidies;
using EduRelief.Modules.Subsidies.Features.ApproveBatch;
using EduRelief.Modules.Subsidies.Features.CreateBatch;
using EduRelief.Modules.TeacherSupport;
using EduRelief.Modules.Vocational;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Bench;

/// <summary>
/// The whole annual summary over a county of <c>N</c> students (default 1,000,000) seeded by the roster import, with a
/// LivingSubsidy batch of the spring term created and approved by the Subsidies handlers: the Registry's and
/// DropoutControl's ledger refreshes, the summary (every module's figures query through Reporting) cold and warm with
/// each module's share, and beside it, in the same run, hand-written SQL over the same files for the two heaviest
/// figures, on the SQLite default.
/// </summary>
internal sealed class SummaryBenchRun(int count)
{
    private static readonly string[] Modules =
        ["Registry", SchoolConstructionModule.ModuleName, SubsidiesModule.ModuleName, TeacherSupportModule.ModuleName, SpecialNeedsModule.ModuleName, DropoutControlModule.ModuleName, VocationalModule.ModuleName, ReportingModule.ModuleName];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "edurelief-bench-summary", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        await RosterSeed.ImportAsync(directory, new SyntheticRoster(count), cancellationToken);
        await using var provider = await BuildAsync(directory, cancellationToken);
        var year = provider.GetRequiredService<CountyClock>().Today.Year;

        await TimeAsync("Registry ledger refresh", async s => await s.GetRequiredService<Modules.Registry.Jobs.LedgerRefreshJob>().RunAsync(cancellationToken), provider);
        await TimeAsync("DropoutControl ledger refresh", async s => await s.GetRequiredService<Modules.DropoutControl.Jobs.LedgerRefreshJob>().RunAsync(cancellationToken), provider);
        await TimeAsync("LivingSubsidy batch, created and approved", async s =>
        {
            var mediator = s.GetRequiredService<IMediator>();
            var batch = await mediator.Send(new CreateBatchCommand { ProgrammeCode = "LivingSubsidy", Term = $"{year}-1" }, cancellationToken);
            var caller = (BenchCaller)s.GetRequiredService<SharedKernel.Identity.ICallerContext>();
            caller.UserName = "bench-approver";
            await mediator.Send(new ApproveBatchCommand(batch), cancellationToken);
            caller.UserName = "bench";
            return $"batch {batch}";
        }, provider);

        // The synthetic roster has no bank accounts, so approval holds every cash line back; nine lines in ten are
        // written paid by SQL, as approval and the bank's answer would leave them, so the coverage has awards to match.
        using (var subsidies = new SqliteConnection($"Data Source={Path.Combine(directory, "subsidies.db")};Pooling=False"))
        {
            subsidies.Open();
            using var paid = subsidies.CreateCommand();
            paid.CommandText = $"""
                INSERT INTO Payments (StudentId, Programme, Term, Year, BatchId, Amount, Status, PaidOn, BankReference)
                SELECT StudentId, 'LivingSubsidy', '{year}-1', {year}, BatchId, Amount, 'Paid', '{year}-04-01', 'B' || Id FROM BatchLines WHERE Id % 10 <> 0
                """;
            Console.WriteLine($"awards marked paid by SQL: {paid.ExecuteNonQuery():N0}");
        }

        await TimeAsync("summary (cold: queries compiled)", s => Summary(s, year, cancellationToken), provider);
        var summary = await TimeAsync("summary", s => Summary(s, year, cancellationToken), provider);
        foreach (var source in provider.GetServices<Modules.Reporting.Sources.IFigureSource>().Select(s => s.Module).Distinct())
        {
            await TimeAsync($"  {source}'s figures alone", async s =>
            {
                var values = await Source(s, source).ReadAsync(year, cancellationToken);
                return string.Join(", ", values.Select(v => $"{v.Key} {v.Value}"));
            }, provider);
        }

        var registryFigures = await TimeAsync("Registry's figures again", async s => string.Join(", ", (await Source(s, "Registry").ReadAsync(year, cancellationToken)).Select(v => $"{v.Key} {v.Value}")), provider);
        var dropoutFigures = await TimeAsync("DropoutControl's figures again", async s => string.Join(", ", (await Source(s, DropoutControlModule.ModuleName).ReadAsync(year, cancellationToken)).Select(v => $"{v.Key} {v.Value}")), provider);
        var rawIdentified = RawIdentified(Path.Combine(directory, "registry.db"), year);
        var rawConsolidation = RawConsolidation(Path.Combine(directory, "registry.db"), year, provider.GetRequiredService<CountyClock>().Today);
        Console.WriteLine($"summary {summary / 1000:0.00} s (goal < 5 s)");
        Console.WriteLine($"ratio to hand-written SQL: identification {registryFigures / rawIdentified:0.00}x, consolidation {dropoutFigures / rawConsolidation:0.00}x (goal ≤ 2x)");
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static Modules.Reporting.Sources.IFigureSource Source(IServiceProvider services, string module) =>
        services.GetServices<Modules.Reporting.Sources.IFigureSource>().Single(f => f.Module == module);

    /// <summary>The consolidation rate's two counts by hand over the Registry's history, as the DropoutControl bench writes them.</summary>
    private static double RawConsolidation(string registryDb, int year, DateOnly today)
    {
        var start = new DateOnly(year, 1, 1);
        var counting = today.Year == year && today < new DateOnly(year, 12, 31) ? today : new DateOnly(year, 12, 31);
        var (bornFrom, bornTo) = ($"{year - 17}-09-02", $"{year - 7}-09-01");
        using var connection = new SqliteConnection($"Data Source={registryDb};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var clock = Stopwatch.StartNew();
        var enrolled = Scalar(connection, $"""
            SELECT COUNT(*) FROM (
              SELECT s.Status,
                (SELECT c.NewValue FROM StudentChanges c WHERE c.StudentId = s.Id AND c.Field = 'status' AND c.EffectiveOn <= '{start:yyyy-MM-dd}' ORDER BY c.EffectiveOn DESC, c.Id DESC LIMIT 1) AS lastBy,
                (SELECT c.OldValue FROM StudentChanges c WHERE c.StudentId = s.Id AND c.Field = 'status' AND c.EffectiveOn > '{start:yyyy-MM-dd}' ORDER BY c.EffectiveOn, c.Id LIMIT 1) AS firstAfter
              FROM Students s WHERE s.EnrolledOn <= '{start:yyyy-MM-dd}' AND s.BirthDate BETWEEN '{bornFrom}' AND '{bornTo}')
            WHERE COALESCE(lastBy, firstAfter, CASE Status WHEN 0 THEN 'Enrolled' END) = 'Enrolled'
            """);
        var dropped = Scalar(connection, $"""
            SELECT COUNT(*) FROM Students s
            WHERE s.EnrolledOn <= '{counting:yyyy-MM-dd}'
              AND EXISTS (SELECT 1 FROM StudentChanges c WHERE c.StudentId = s.Id AND c.Field = 'status' AND c.NewValue = 'DroppedOut' AND c.EffectiveOn BETWEEN '{start:yyyy-MM-dd}' AND '{counting:yyyy-MM-dd}')
              AND (SELECT c.NewValue FROM StudentChanges c WHERE c.StudentId = s.Id AND c.Field = 'status' AND c.EffectiveOn <= '{counting:yyyy-MM-dd}' ORDER BY c.EffectiveOn DESC, c.Id DESC LIMIT 1) = 'DroppedOut'
            """);
        clock.Stop();
        Console.WriteLine($"hand-written SQL, consolidation rate: {clock.Elapsed.TotalMilliseconds:N0} ms — {dropped:N0} / {enrolled:N0}");
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task<string> Summary(IServiceProvider services, int year, CancellationToken cancellationToken)
    {
        var summary = await services.GetRequiredService<IMediator>().Send(new GetSummaryQuery(year), cancellationToken);
        return string.Join(", ", summary.Figures.Where(f => f.Value is not null).Take(4).Select(f => $"{f.Key} {f.Value}")) + ", …";
    }

    /// <summary>The two identification counts by hand: a hardship period overlapping the year, and of those the compulsory-stage schools.</summary>
    private static double RawIdentified(string registryDb, int year)
    {
        using var connection = new SqliteConnection($"Data Source={registryDb};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var overlap = $"EXISTS (SELECT 1 FROM StudentCategoryPeriods p WHERE p.StudentId = s.Id AND p.StartedOn <= '{year}-12-31' AND (p.EndedOn IS NULL OR p.EndedOn >= '{year}-01-01'))";
        var clock = Stopwatch.StartNew();
        var all = Scalar(connection, $"SELECT COUNT(*) FROM Students s WHERE {overlap}");
        var compulsory = Scalar(connection, $"SELECT COUNT(*) FROM Students s JOIN Schools sc ON sc.Id = s.SchoolId WHERE sc.Stage IN (1, 2) AND {overlap}");
        clock.Stop();
        Console.WriteLine($"hand-written SQL, identified poor students: {clock.Elapsed.TotalMilliseconds:N0} ms — {all:N0}, of them compulsory {compulsory:N0}");
        return clock.Elapsed.TotalMilliseconds;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<double> TimeAsync(string what, Func<IServiceProvider, Task<string>> run, ServiceProvider provider)
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

    private static async Task<ServiceProvider> BuildAsync(string directory, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ModuleDatabaseRegistration.DataDirectoryKey] = directory }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new CountyClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById(CountyClock.DefaultTimeZone)));
        services.AddSingleton<SharedKernel.Identity.ICallerContext, BenchCaller>();
        services.AddSingleton<IModuleDirectory>(new BenchModules(Modules));
        services.AddScoped<PeriodGuard>();
        IModule[] modules = [new RegistryModule(), new SchoolConstructionModule(), new SubsidiesModule(), new TeacherSupportModule(), new SpecialNeedsModule(), new DropoutControlModule(), new VocationalModule(), new ReportingModule()];
        foreach (var module in modules)
        {
            module.Register(services, configuration);
        }

        // The mediator without the Host's pipeline: each module's handlers answer Reporting's queries.
        services.AddScoped<ServiceFactory>(sp => sp.GetRequiredService);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan.FromAssemblies(modules.Select(m => m.GetType().Assembly))
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime());
        var provider = services.BuildServiceProvider();
        foreach (var database in provider.GetServices<IModuleDatabase>())
        {
            await database.MigrateAsync(cancellationToken);
        }

        await using var scope = provider.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IModuleStartupTask>())
        {
            await task.RunAsync(cancellationToken);
        }

        return provider;
    }
}
