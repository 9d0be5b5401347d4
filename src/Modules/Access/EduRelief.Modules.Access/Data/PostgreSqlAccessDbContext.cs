using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Access.Data;

/// <summary>The Access database on PostgreSQL: schema <c>access</c>, with its own migrations set (<c>Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlAccessDbContext(DbContextOptions<PostgreSqlAccessDbContext> options) : AccessDbContext(options)
{
    public const string Schema = "access";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
