using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Data;

/// <summary>The Subsidies database on the embedded default, with its own migrations set (<c>Migrations/Sqlite</c>).</summary>
internal sealed class SqliteSubsidiesDbContext(DbContextOptions<SqliteSubsidiesDbContext> options) : SubsidiesDbContext(options);
