using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Data;

/// <summary>The DropoutControl database on the embedded default (<c>dropout_control.db</c>), with its own migrations set (<c>Migrations/Sqlite</c>).</summary>
internal sealed class SqliteDropoutControlDbContext(DbContextOptions<SqliteDropoutControlDbContext> options) : DropoutControlDbContext(options);
