using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Data;

/// <summary>The SchoolConstruction database on the embedded default (<c>school_construction.db</c>), with its own migrations set (<c>Migrations/Sqlite</c>).</summary>
internal sealed class SqliteSchoolConstructionDbContext(DbContextOptions<SqliteSchoolConstructionDbContext> options) : SchoolConstructionDbContext(options);
