using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Access.Data;

/// <summary>The Access database on the embedded default, with its own migrations set (<c>Migrations/Sqlite</c>).</summary>
internal sealed class SqliteAccessDbContext(DbContextOptions<SqliteAccessDbContext> options) : AccessDbContext(options);
