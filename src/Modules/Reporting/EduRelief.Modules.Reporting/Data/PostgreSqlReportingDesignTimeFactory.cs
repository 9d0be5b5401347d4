using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.Reporting.Data;

internal sealed class PostgreSqlReportingDesignTimeFactory() : PostgreSqlDesignTimeFactory<PostgreSqlReportingDbContext>(PostgreSqlReportingDbContext.Schema);
