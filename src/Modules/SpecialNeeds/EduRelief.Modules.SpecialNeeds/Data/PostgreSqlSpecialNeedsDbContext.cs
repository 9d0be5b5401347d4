using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Data;

/// <summary>The SpecialNeeds database on PostgreSQL: schema <c>special_needs</c>, with its own migrations set (<c>Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlSpecialNeedsDbContext(DbContextOptions<PostgreSqlSpecialNeedsDbContext> options) : SpecialNeedsDbContext(options)
{
    public const string Schema = "special_needs";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
