using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Host.Tests.Platform;

/// <summary>
/// A save in one round trip is still all or nothing: on PostgreSQL it leaves EF Core's transaction out and relies on
/// the Npgsql batch being one implicit transaction. The audit trail's retry entry by entry after a failed batch counts
/// on that — a half-written batch retried would write its first entries twice.
/// </summary>
public sealed class AtomicSaveTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "edurelief-atomic", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_batch_with_one_refused_row_writes_none_of_its_rows()
    {
        await using (var setup = Context())
        {
            await setup.Database.EnsureCreatedAsync();
            setup.Rows.Add(new Row { Key = "taken" });
            await setup.SaveChangesAsync();
        }

        await using (var db = Context())
        {
            db.Rows.AddRange(new Row { Key = "first" }, new Row { Key = "second" }, new Row { Key = "taken" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveAtomicallyAsync(3, CancellationToken.None));
        }

        await using var check = Context();
        Assert.Equal(["taken"], await check.Rows.Select(r => r.Key).ToListAsync());
    }

    [Fact]
    public async Task A_batch_that_fits_is_written_whole()
    {
        await using (var db = Context())
        {
            await db.Database.EnsureCreatedAsync();
            db.Rows.AddRange(Enumerable.Range(0, 500).Select(i => new Row { Key = $"k{i}" }));
            await db.SaveAtomicallyAsync(500, CancellationToken.None);
        }

        await using var check = Context();
        Assert.Equal(500, await check.Rows.CountAsync());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private RowsContext Context()
    {
        var options = new DbContextOptionsBuilder<RowsContext>();
#if POSTGRESQL
        _connection ??= PostgreSqlServer.CreateDatabase();
        options.UseNpgsql(_connection);
#else
        Directory.CreateDirectory(_folder);
        options.UseSqlite($"Data Source={Path.Combine(_folder, "rows.db")}");
#endif
        return new RowsContext(options.Options);
    }

#if POSTGRESQL
    private string? _connection;
#endif

    private sealed class Row
    {
        public int Id { get; set; }

        public required string Key { get; set; }
    }

    private sealed class RowsContext(DbContextOptions<RowsContext> options) : DbContext(options)
    {
        public DbSet<Row> Rows => Set<Row>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Row>().HasIndex(r => r.Key).IsUnique();
    }
}
