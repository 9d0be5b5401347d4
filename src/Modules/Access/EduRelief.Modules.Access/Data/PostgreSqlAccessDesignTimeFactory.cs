using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.Access.Data;

internal sealed class PostgreSqlAccessDesignTimeFactory() : PostgreSqlDesignTimeFactory<PostgreSqlAccessDbContext>(PostgreSqlAccessDbContext.Schema);
