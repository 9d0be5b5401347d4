using System.Diagnostics;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Contracts.Subsidies;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Subsidies;
using EduRelief.Modules.Subsidies.Catalogue;
using EduRelief.Modules.Subsidies.Data;
using EduRelief.Modules.Subsidies.Features.CreateBatch;
using EduRelief.Modules.Vocational;
using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Bench;

/// <summary>
/// A RainDew batch computed from Vocational's enrolments (StreamRainDewStudentsQuery, ADR 0025): one student in fifty of
/// <c>N</c> (default 1,000,000, so 20,000) enrolled at the vocational school from a registered poor household, timed
/// beside the LivingSubsidy batch of the same term and the same size over the same Registry (its hardship periods thinned
/// to as many eligible students as there are enrolments), and beside hand-written SQL that reads the same eligible list
/// from the Vocational file, in the same run, on the SQLite default.
/// </summary>
internal sealed class VocationalBenchRun(int count)
{
    private const int EveryNth = 50;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "edurelief-bench-vocational", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var roster = new SyntheticRoster(count);
        await RosterSeed.ImportAsync(directory, roster, cancellationToken);

        await using var provider = await BuildAsync(directory, cancellationToken);
        var today = provider.GetRequiredService<CountyClock>().Today;
        var enrolled = await SeedEnrolmentsAsync(provider, new DateOnly(today.Year - 1, 9, 1), cancellationToken);
        Console.WriteLine($"vocational: {enrolled:N0} poor-household enrolments among {count:N0} students");

        var term = new SharedKernel.Primitives.Term(today.Year, SharedKernel.Primitives.Semester.Spring);
        var rainDew = await TimeBatchAsync(provider, "RainDew", term, cancellationToken);
        var kept = await ThinLivingSubsidyAsync(provider, Path.Combine(directory, "registry.db"), term, enrolled, cancellationToken);
        Console.WriteLine($"LivingSubsidy: the hardship periods of all but {kept:N0} eligible students removed");
        var living = await TimeBatchAsync(provider, "LivingSubsidy", term, cancellationToken);
        var raw = TimeRaw(Path.Combine(directory, "vocational.db"), term);
        Console.WriteLine($"RainDew batch {rainDew / living:0.00}x the LivingSubsidy batch; {rainDew / raw:0.00}x hand-written SQL reading the eligible list");
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private static async Task<double> TimeBatchAsync(ServiceProvider provider, string programme, SharedKernel.Primitives.Term term, CancellationToken cancellationToken)
    {
        GC.Collect();
        MemoryProbe.TryResetPeak();
        var before = MemoryProbe.CurrentBytes();
        await using var scope = provider.CreateAsyncScope();
        var clock = Stopwatch.StartNew();
        var batch = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CreateBatchCommand { ProgrammeCode = programme, Term = term.ToString() }, cancellationToken);
        clock.Stop();
        var lines = await scope.ServiceProvider.GetRequiredService<SubsidiesDbContext>().BatchLines.CountAsync(l => l.BatchId == batch, cancellationToken);
        Console.WriteLine($"{programme} batch {term}: {clock.Elapsed.TotalMilliseconds:N0} ms, {lines:N0} lines, peak working set {MemoryProbe.PeakBytes() / 1048576:N0} MB ({before / 1048576:N0} MB before)");
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// Leaves <paramref name="target"/> LivingSubsidy-eligible students (spread evenly over the Registry's order) and takes
    /// the others' hardship categories away, so the two batches compared have the same number of lines over the same
    /// 1,000,000 students. Returns how many are left.
    /// </summary>
    private static async Task<int> ThinLivingSubsidyAsync(ServiceProvider provider, string registryDb, SharedKernel.Primitives.Term term, int target, CancellationToken cancellationToken)
    {
        var eligible = new List<Guid>();
        await using (var scope = provider.CreateAsyncScope())
        {
            var criteria = EligibilityRules.CriteriaFor(ProgrammeCode.LivingSubsidy, new DateRange { From = term.StartsOn, To = term.EndsOn });
            var students = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new StreamStudentsQuery { Criteria = criteria }, cancellationToken);
            await foreach (var student in students.WithCancellation(cancellationToken))
            {
                eligible.Add(student.Id);
            }
        }

        // Student i is kept when i * target / eligible steps up: exactly target kept, evenly spread.
        var dropped = eligible.Where((_, i) => (long)(i + 1) * target / eligible.Count == (long)i * target / eligible.Count).ToList();
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={registryDb};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TEMP TABLE Thinned (Id TEXT PRIMARY KEY)";
            create.ExecuteNonQuery();
        }

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO Thinned (Id) VALUES ($id)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            foreach (var student in dropped)
            {
                id.Value = student.ToString().ToUpperInvariant();
                insert.ExecuteNonQuery();
            }
        }

        using (var thin = connection.CreateCommand())
        {
            thin.CommandText = "DELETE FROM StudentCategoryPeriods WHERE StudentId IN (SELECT Id FROM Thinned); UPDATE Students SET CategoryMask = 0 WHERE Id IN (SELECT Id FROM Thinned)";
            thin.ExecuteNonQuery();
        }

        transaction.Commit();
        return eligible.Count - dropped.Count;
    }

    /// <summary>The eligible list as the stream's query reads it: enrolments active in the term whose student was poor on some day of it.</summary>
    private static double TimeRaw(string vocationalDb, SharedKernel.Primitives.Term term)
    {
        using var connection = new SqliteConnection($"Data Source={vocationalDb};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT e.StudentId, e.NationalId, e.Name, e.SchoolCode, e.TownshipCode FROM Enrolments e WHERE e.EnrolledOn <= '{term.EndsOn:yyyy-MM-dd}' "
            + $"AND (e.GraduatedOn IS NULL OR e.GraduatedOn >= '{term.StartsOn:yyyy-MM-dd}') "
            + $"AND EXISTS (SELECT 1 FROM PoorHouseholdChanges c WHERE c.EnrolmentId = e.Id AND c.Poor AND c.EffectiveOn <= '{term.EndsOn:yyyy-MM-dd}') ORDER BY e.StudentId";
        var clock = Stopwatch.StartNew();
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        clock.Stop();
        Console.WriteLine($"hand-written SQL eligible list: {clock.Elapsed.TotalMilliseconds:N0} ms, {rows:N0} rows");
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task<int> SeedEnrolmentsAsync(IServiceProvider provider, DateOnly enrolledOn, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var today = provider.GetRequiredService<CountyClock>().Today;
        var specialty = new Specialty { Id = Guid.CreateVersion7(), Code = "EC01", Name = "电子商务", SchoolCode = "VS001", TownshipCode = "522401100" };
        List<EnrollingStudent> students;
        await using (var scope = provider.CreateAsyncScope())
        {
            var registry = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            students = (await registry.Students.AsNoTracking().OrderBy(s => s.ListKey).Select(s => new { s.Id, s.NationalId, s.Name }).ToListAsync(cancellationToken))
                .Where((_, i) => i % EveryNth == 0)
                .Select(s => new EnrollingStudent(s.Id, s.NationalId, s.Name, PoorHousehold: true))
                .ToList();
            var vocational = scope.ServiceProvider.GetRequiredService<VocationalDbContext>();
            vocational.Specialties.Add(specialty);
            await vocational.SaveChangesAsync(cancellationToken);
        }

        foreach (var chunk in students.Chunk(2_000))
        {
            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<VocationalDbContext>();
            db.Enrolments.AddRange(chunk.Select(s => Enrolment.Enrol(Guid.CreateVersion7(), s, specialty, enrolledOn, now, today)));
            await db.SaveChangesAsync(cancellationToken);
        }

        return students.Count;
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
        new Modules.Registry.RegistryModule().Register(services, configuration);
        new SubsidiesModule().Register(services, configuration);
        new VocationalModule().Register(services, configuration);
        // The mediator without the Host's pipeline: the Registry's and Vocational's handlers answer the batches' queries.
        services.AddScoped<ServiceFactory>(sp => sp.GetRequiredService);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan.FromAssemblies(typeof(Modules.Registry.RegistryModule).Assembly, typeof(SubsidiesModule).Assembly, typeof(VocationalModule).Assembly)
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
