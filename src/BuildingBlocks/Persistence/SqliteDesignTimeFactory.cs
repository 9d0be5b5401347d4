using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build a module's SQLite context without starting the Host.</summary>
public abstract class SqliteDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(typeof(TContext), new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design-time.db").Options)!;
}
