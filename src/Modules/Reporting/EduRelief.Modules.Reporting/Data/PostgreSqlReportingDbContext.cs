using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Reporting.Data;

/// <summary>The Reporting database on PostgreSQL: schema <c>reporting</c>, with its own migrations set (<c>Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlReportingDbContext(DbContextOptions<PostgreSqlReportingDbContext> options) : ReportingDbContext(options)
{
    public const string Schema = "reporting";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
