using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.Access.Data;

internal sealed class SqliteAccessDesignTimeFactory : SqliteDesignTimeFactory<SqliteAccessDbContext>;
