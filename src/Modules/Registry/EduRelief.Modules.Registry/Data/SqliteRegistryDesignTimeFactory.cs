using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.Registry.Data;

internal sealed class SqliteRegistryDesignTimeFactory : SqliteDesignTimeFactory<SqliteRegistryDbContext>;
