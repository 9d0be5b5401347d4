using System.Diagnostics;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;
using EduRelief.Modules.SpecialNeeds.Jobs;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Bench;

/// <summary>
/// The register/Registry match and the plan-review job for the disabled children among <c>N</c> students (default
/// 1,000,000; the synthetic roster flags 2% disabled, so 20,000) on the SQLite default. The register holds 95% of the
/// students flagged disabled (a tenth of them with another grade) and 500 children who are no students; three in four
/// register children of school age are placed, one in five of those at home with last month's visits. Each run is
/// timed with its peak working set, beside hand-written SQL over both database files that counts the same, in the same run.
/// </summary>
internal sealed class SpecialNeedsBenchRun(int count)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "edurelief-bench-special-needs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var roster = new SyntheticRoster(count);
        await RosterSeed.ImportAsync(directory, roster, cancellationToken);

        await using var provider = await BuildAsync(directory, cancellationToken);
        var (children, plans) = await SeedRegisterAsync(provider, roster, cancellationToken);
        Console.WriteLine($"register: {children:N0} children, {plans:N0} plans in force");

        var registryDb = Path.Combine(directory, "registry.db");
        var specialNeedsDb = Path.Combine(directory, "special_needs.db");
        await TimeAsync(provider, "match (cold: queries compiled)", Match, cancellationToken);
        var match = await TimeAsync(provider, "register/Registry match", Match, cancellationToken);
        var rawMatch = TimeRaw(registryDb, specialNeedsDb, "hand-written SQL match", RawMatchSql(provider.GetRequiredService<CountyClock>().Today));
        var review = await TimeAsync(provider, "plan-review job (flags new)", Review, cancellationToken);
        var again = await TimeAsync(provider, "plan-review job again (nothing new)", Review, cancellationToken);
        var rawReview = TimeRaw(registryDb, specialNeedsDb, "hand-written SQL review", RawReviewSql(provider.GetRequiredService<CountyClock>().Today));
        Console.WriteLine($"ratio to raw SQL: match {match / rawMatch:0.00}x, review {review / rawReview:0.00}x, review again {again / rawReview:0.00}x");
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static async Task<string> Match(IServiceProvider services, CancellationToken cancellationToken)
    {
        var found = await services.GetRequiredService<RegistryMatch>().RunAsync(services.GetRequiredService<CountyClock>().Today, cancellationToken);
        return string.Join(", ", found.GroupBy(m => m.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}"));
    }

    private static Task<string> Review(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<PlanReviewJob>().RunAsync(cancellationToken);

    private static async Task<double> TimeAsync(ServiceProvider provider, string what, Func<IServiceProvider, CancellationToken, Task<string>> run, CancellationToken cancellationToken)
    {
        GC.Collect();
        MemoryProbe.TryResetPeak();
        var before = MemoryProbe.CurrentBytes();
        await using var scope = provider.CreateAsyncScope();
        var clock = Stopwatch.StartNew();
        var report = await run(scope.ServiceProvider, cancellationToken);
        clock.Stop();
        Console.WriteLine($"{what}: {clock.Elapsed.TotalMilliseconds:N0} ms, peak working set {MemoryProbe.PeakBytes() / 1048576:N0} MB ({before / 1048576:N0} MB before) — {report}");
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Runs each statement over the Registry's file with the register's attached, reading every row; the time of all.</summary>
    private static double TimeRaw(string registryDb, string specialNeedsDb, string what, string[] statements)
    {
        using var connection = new SqliteConnection($"Data Source={registryDb};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using (var attach = connection.CreateCommand())
        {
            attach.CommandText = $"ATTACH DATABASE '{specialNeedsDb}' AS sn";
            attach.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        var counts = new List<long>();
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = 0L;
            while (reader.Read())
            {
                rows++;
            }

            counts.Add(rows);
        }

        clock.Stop();
        Console.WriteLine($"{what}: {clock.Elapsed.TotalMilliseconds:N0} ms — rows {string.Join(" / ", counts.Select(c => c.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))}");
        return clock.Elapsed.TotalMilliseconds;
    }

    private static readonly string Categories = string.Join(" ", Enum.GetValues<DisabilityCategory>().Select(c => $"WHEN {(int)c} THEN '{c}'"));

    /// <summary>The match's three lists: flagged disabled off the register, entries differing (or not flagged), and unplaced children of school age.</summary>
    private static string[] RawMatchSql(DateOnly today) =>
    [
        "SELECT s.NationalId, s.Name FROM Students s LEFT JOIN sn.Children c ON c.NationalId = s.NationalId WHERE s.DisabilityCategory IS NOT NULL AND c.Id IS NULL",
        $"SELECT c.NationalId, c.Name FROM sn.Children c JOIN Students s ON s.NationalId = c.NationalId WHERE s.DisabilityCategory IS NULL OR (CASE s.DisabilityCategory {Categories} END) <> c.Category OR s.DisabilityGrade <> c.Grade",
        $"SELECT c.NationalId, c.Name FROM sn.Children c WHERE c.BirthDate BETWEEN '{SchoolAge.BornFrom(SchoolAge.SchoolYearOf(today)):yyyy-MM-dd}' AND '{SchoolAge.BornTo(SchoolAge.SchoolYearOf(today)):yyyy-MM-dd}' "
            + $"AND NOT EXISTS (SELECT 1 FROM sn.Plans p WHERE p.ChildId = c.Id AND p.StartsOn <= date('{today:yyyy-MM-dd}') AND (p.EndsOn IS NULL OR p.EndsOn > date('{today:yyyy-MM-dd}')) AND p.Mode <> 'AwaitingPlacement')",
    ];

    /// <summary>The review's two lists: current plans past their review date, and home-delivered plans in force all last month with fewer than two visits in it.</summary>
    private static string[] RawReviewSql(DateOnly today) =>
    [
        $"SELECT p.Id, c.NationalId FROM sn.Plans p JOIN sn.Children c ON c.Id = p.ChildId WHERE p.EndsOn IS NULL AND p.ReviewOn < date('{today:yyyy-MM-dd}')",
        $"SELECT p.Id, c.NationalId, (SELECT COUNT(*) FROM sn.Visits v WHERE v.PlanId = p.Id AND v.\"On\" >= date('{today:yyyy-MM-dd}','start of month','-1 month') AND v.\"On\" < date('{today:yyyy-MM-dd}','start of month')) AS n "
            + $"FROM sn.Plans p JOIN sn.Children c ON c.Id = p.ChildId WHERE p.Mode = 'HomeDelivered' AND p.StartsOn <= date('{today:yyyy-MM-dd}','start of month','-1 month') "
            + $"AND (p.EndsOn IS NULL OR p.EndsOn > date('{today:yyyy-MM-dd}','start of month','-1 day')) AND n < 2",
    ];

    private static async Task<ServiceProvider> BuildAsync(string directory, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [ModuleDatabaseRegistration.DataDirectoryKey] = directory }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new CountyClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById(CountyClock.DefaultTimeZone)));
        services.AddSingleton<SharedKernel.Identity.ICallerContext, BenchCaller>();
        new Modules.Registry.RegistryModule().Register(services, configuration);
        new SpecialNeedsModule().Register(services, configuration);
        // The mediator without the Host's pipeline: the Registry's handlers answer the match's queries.
        services.AddScoped<ServiceFactory>(sp => sp.GetRequiredService);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan.FromAssemblies(typeof(Modules.Registry.RegistryModule).Assembly)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime());
        var provider = services.BuildServiceProvider();
        foreach (var database in provider.GetServices<IModuleDatabase>())
        {
            await database.MigrateAsync(cancellationToken);
        }

        return provider;
    }

    private static async Task<(int Children, int Plans)> SeedRegisterAsync(IServiceProvider provider, SyntheticRoster roster, CancellationToken cancellationToken)
    {
        var today = provider.GetRequiredService<CountyClock>().Today;
        var (first, last) = Modules.SpecialNeeds.Features.ReviewPlans.PlanReview.LastMonth(today);
        var start = first.AddMonths(-2);
        var (children, plans) = (0, 0);
        var rows = Enumerable.Range(0, roster.Count).Select(roster.Student).Where(s => s.DisabilityCategory is not null)
            .Where((_, i) => i % 20 != 0)
            .Select((s, i) => new ChildDetails(s.NationalId, s.Name, "522401100", null, Enum.Parse<DisabilityCategory>(s.DisabilityCategory!), i % 10 == 0 ? (s.DisabilityGrade!.Value % 4) + 1 : s.DisabilityGrade!.Value, "监护人", "残联名单"))
            .Concat(Enumerable.Range(0, 500).Select(i => new ChildDetails(Unenrolled(i), "未入学儿童", "522401100", null, DisabilityCategory.Intellectual, 1, "监护人", "残联名单")));
        foreach (var chunk in rows.Chunk(2_000))
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SpecialNeedsDbContext>();
            foreach (var details in chunk)
            {
                var child = DisabledChild.Register(Guid.CreateVersion7(), details, today);
                db.Children.Add(child);
                children++;
                if (children % 4 == 0 || !SchoolAge.IsSchoolAge(child.BirthDate, SchoolAge.SchoolYearOf(start)))
                {
                    continue;
                }

                var home = children % 5 == 1;
                var mode = home ? PlacementMode.HomeDelivered : PlacementMode.RegularClass;
                var assessment = new Assessment { Id = Guid.CreateVersion7(), ChildId = child.Id, AssessedOn = start.AddDays(-30), Body = "专家委员会", TownshipCode = child.TownshipCode };
                var reviewOn = children % 7 == 0 ? today.AddDays(-3) : today.AddMonths(3);
                var plan = PlacementPlan.Make(Guid.CreateVersion7(), child, new PlanDraft(mode, "张老师", "目标", start, reviewOn, start, null),
                    new PlacedSchool(SyntheticRoster.SchoolCode(children % SyntheticRoster.SchoolCount), "522401100", Stage.Primary), assessment, null, today);
                db.Assessments.Add(assessment);
                db.Plans.Add(plan);
                plans++;
                for (var v = 0; home && v < children % 3; v++)
                {
                    plan.LogVisit(first.AddDays(3 + (v * 10)), "李老师", 2m, "送教", today);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return (children, plans);
    }

    /// <summary>A valid national ID no synthetic student has (area 522799), born in 2016.</summary>
    private static string Unenrolled(int i)
    {
        var first17 = $"522799{new DateOnly(2016, 1, 1).AddDays(i % 300):yyyyMMdd}{i % 1000:000}";
        return first17 + SharedKernel.Primitives.NationalId.ComputeCheckCharacter(first17);
    }
}
