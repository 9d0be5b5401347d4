using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Data;

/// <summary>The TeacherSupport database on the embedded default (<c>teacher_support.db</c>), with its own migrations set (<c>Migrations/Sqlite</c>).</summary>
internal sealed class SqliteTeacherSupportDbContext(DbContextOptions<SqliteTeacherSupportDbContext> options) : TeacherSupportDbContext(options);
