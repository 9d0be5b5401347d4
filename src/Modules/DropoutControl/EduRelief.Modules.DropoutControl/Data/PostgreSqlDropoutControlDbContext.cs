using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Data;

/// <summary>The DropoutControl database on PostgreSQL: schema <c>dropout_control</c>, with its own migrations set (<c>Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlDropoutControlDbContext(DbContextOptions<PostgreSqlDropoutControlDbContext> options) : DropoutControlDbContext(options)
{
    public const string Schema = "dropout_control";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
