using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a module's PostgreSQL context without a server: generating a
/// migration never connects. <paramref name="schema"/> names the module's migrations history table's schema.
/// </summary>
public abstract class PostgreSqlDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(typeof(TContext), new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=design-time", npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema)).Options)!;
}
