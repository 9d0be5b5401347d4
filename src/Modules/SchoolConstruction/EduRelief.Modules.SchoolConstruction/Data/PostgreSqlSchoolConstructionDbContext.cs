using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Data;

/// <summary>The SchoolConstruction database on PostgreSQL: schema <c>school_construction</c>, with its own migrations set (<c>Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlSchoolConstructionDbContext(DbContextOptions<PostgreSqlSchoolConstructionDbContext> options) : SchoolConstructionDbContext(options)
{
    public const string Schema = "school_construction";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
