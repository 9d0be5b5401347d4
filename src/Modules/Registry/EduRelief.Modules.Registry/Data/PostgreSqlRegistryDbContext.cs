using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Data;

/// <summary>The Registry database on PostgreSQL: schema <c>registry</c>, with its own migrations set (<c>Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlRegistryDbContext(DbContextOptions<PostgreSqlRegistryDbContext> options) : RegistryDbContext(options)
{
    public const string Schema = "registry";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
