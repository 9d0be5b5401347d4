using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Data;

/// <summary>The SpecialNeeds database on the embedded default (<c>special_needs.db</c>), with its own migrations set (<c>Migrations/Sqlite</c>).</summary>
internal sealed class SqliteSpecialNeedsDbContext(DbContextOptions<SqliteSpecialNeedsDbContext> options) : SpecialNeedsDbContext(options);
