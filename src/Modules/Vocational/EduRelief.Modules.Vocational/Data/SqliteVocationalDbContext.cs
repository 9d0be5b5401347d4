using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Data;

/// <summary>The Vocational database on the embedded default (<c>vocational.db</c>), with its own migrations set (<c>Migrations/Sqlite</c>).</summary>
internal sealed class SqliteVocationalDbContext(DbContextOptions<SqliteVocationalDbContext> options) : VocationalDbContext(options);
