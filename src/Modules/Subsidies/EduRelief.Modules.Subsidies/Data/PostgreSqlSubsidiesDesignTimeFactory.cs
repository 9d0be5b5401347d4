using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.Subsidies.Data;

internal sealed class PostgreSqlSubsidiesDesignTimeFactory() : PostgreSqlDesignTimeFactory<PostgreSqlSubsidiesDbContext>(PostgreSqlSubsidiesDbContext.Schema);
