using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.Subsidies.Data;

internal sealed class SqliteSubsidiesDesignTimeFactory : SqliteDesignTimeFactory<SqliteSubsidiesDbContext>;
