using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.Reporting.Data;

internal sealed class SqliteReportingDesignTimeFactory : SqliteDesignTimeFactory<SqliteReportingDbContext>;
