using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Data;

/// <summary>The Subsidies database on PostgreSQL: schema <c>subsidies</c>, with its own migrations set (<c>Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlSubsidiesDbContext(DbContextOptions<PostgreSqlSubsidiesDbContext> options) : SubsidiesDbContext(options)
{
    public const string Schema = "subsidies";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
