using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Data;

/// <summary>The Registry database on the embedded default, with its own migrations set (<c>Migrations/Sqlite</c>).</summary>
internal sealed class SqliteRegistryDbContext(DbContextOptions<SqliteRegistryDbContext> options) : RegistryDbContext(options);
