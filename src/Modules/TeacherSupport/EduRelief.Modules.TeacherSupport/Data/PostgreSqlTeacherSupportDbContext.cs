using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Data;

/// <summary>The TeacherSupport database on PostgreSQL: schema <c>teacher_support</c>, with its own migrations set (<c>Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlTeacherSupportDbContext(DbContextOptions<PostgreSqlTeacherSupportDbContext> options) : TeacherSupportDbContext(options)
{
    public const string Schema = "teacher_support";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        base.OnModelCreating(modelBuilder);
    }
}
