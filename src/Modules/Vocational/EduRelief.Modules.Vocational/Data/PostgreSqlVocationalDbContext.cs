using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Data;

/// <summary>The Vocational database on PostgreSQL: schema <c>vocational</c>, with its own migrations set (<c>Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlVocationalDbContext(DbContextOptions<PostgreSqlVocationalDbContext> options) : VocationalDbContext(options)
{
    public const string Schema = "vocational";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
