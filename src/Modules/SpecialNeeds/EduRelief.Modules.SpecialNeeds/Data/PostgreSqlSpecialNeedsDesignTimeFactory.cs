using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.SpecialNeeds.Data;

internal sealed class PostgreSqlSpecialNeedsDesignTimeFactory() : PostgreSqlDesignTimeFactory<PostgreSqlSpecialNeedsDbContext>(PostgreSqlSpecialNeedsDbContext.Schema);
