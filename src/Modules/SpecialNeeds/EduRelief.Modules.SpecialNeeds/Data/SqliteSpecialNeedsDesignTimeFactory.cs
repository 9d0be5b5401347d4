using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.SpecialNeeds.Data;

internal sealed class SqliteSpecialNeedsDesignTimeFactory : SqliteDesignTimeFactory<SqliteSpecialNeedsDbContext>;
