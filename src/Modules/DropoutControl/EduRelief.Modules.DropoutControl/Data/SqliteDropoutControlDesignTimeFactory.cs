using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.DropoutControl.Data;

internal sealed class SqliteDropoutControlDesignTimeFactory : SqliteDesignTimeFactory<SqliteDropoutControlDbContext>;
