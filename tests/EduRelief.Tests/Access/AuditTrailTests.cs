using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.Access.Auditing;
using EduRelief.Modules.Access.Data;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Modules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EduRelief.Tests.Access;

/// <summary>
/// The group-committed audit log on a real SQLite Access database: every entry a caller was told is recorded is
/// stored, a failed commit fails its callers, and a stop drains the queue and refuses what comes after.
/// </summary>
public sealed class AuditTrailTests : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "edurelief-audit-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    public AuditTrailTests()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [ModuleDatabaseRegistration.DataDirectoryKey] = _folder })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddModuleDatabase<AccessDbContext, SqliteAccessDbContext, PostgreSqlAccessDbContext>(configuration, "Access", "access");
        services.AddSingleton<AuditTrail>();
        _services = services.BuildServiceProvider();
        foreach (var database in _services.GetServices<IModuleDatabase>())
        {
            database.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    private AuditTrail Trail => _services.GetRequiredService<AuditTrail>();

    private static AuditRecord Record(int n) =>
        new($"user-{n}", TimeProvider.System.GetUtcNow(), "Registry", "GetStudentFileQuery", $"student:{n}", AuditOutcome.Succeeded, null);

    private async Task<T> WithDbAsync<T>(Func<AccessDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AccessDbContext>());
    }

    [Fact]
    public async Task Entries_recorded_at_once_are_all_stored_by_the_time_each_caller_returns()
    {
        await Task.WhenAll(Enumerable.Range(0, 500).Select(n => Task.Run(() => Trail.RecordAsync(Record(n), CancellationToken.None))));

        Assert.Equal(500, await WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(500, await WithDbAsync(db => db.AuditEntries.Select(e => e.Records).Distinct().CountAsync()));
    }

    [Fact]
    public async Task A_commit_that_fails_fails_every_caller_waiting_for_it()
    {
        await Trail.RecordAsync(Record(0), CancellationToken.None);
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DROP TABLE "AuditEntries" """));

        var calls = Enumerable.Range(1, 50).Select(n => Trail.RecordAsync(Record(n), CancellationToken.None)).ToList();

        foreach (var call in calls)
        {
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => call);
        }
    }

    [Fact]
    public async Task Stopping_writes_everything_queued_and_refuses_what_comes_after()
    {
        var trail = Trail;
        var queued = Enumerable.Range(0, 300).Select(n => trail.RecordAsync(Record(n), CancellationToken.None)).ToList();

        await trail.StoppedAsync(CancellationToken.None);

        await Task.WhenAll(queued);
        Assert.Equal(300, await WithDbAsync(db => db.AuditEntries.CountAsync()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => trail.RecordAsync(Record(301), CancellationToken.None));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // left to the temp cleaner
        }
    }
}
