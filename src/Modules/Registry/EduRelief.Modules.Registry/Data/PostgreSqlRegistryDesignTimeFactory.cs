using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.Registry.Data;

internal sealed class PostgreSqlRegistryDesignTimeFactory() : PostgreSqlDesignTimeFactory<PostgreSqlRegistryDbContext>(PostgreSqlRegistryDbContext.Schema);
