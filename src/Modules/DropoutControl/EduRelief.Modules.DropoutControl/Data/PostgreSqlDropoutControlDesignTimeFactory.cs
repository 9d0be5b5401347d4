using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.DropoutControl.Data;

internal sealed class PostgreSqlDropoutControlDesignTimeFactory() : PostgreSqlDesignTimeFactory<PostgreSqlDropoutControlDbContext>(PostgreSqlDropoutControlDbContext.Schema);
