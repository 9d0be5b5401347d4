using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Reporting.Data;

/// <summary>The Reporting database on the embedded default (<c>reporting.db</c>), with its own migrations set (<c>Migrations/Sqlite</c>).</summary>
internal sealed class SqliteReportingDbContext(DbContextOptions<SqliteReportingDbContext> options) : ReportingDbContext(options);
