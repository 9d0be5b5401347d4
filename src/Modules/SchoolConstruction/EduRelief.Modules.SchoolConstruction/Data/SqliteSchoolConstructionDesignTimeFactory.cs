using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.SchoolConstruction.Data;

internal sealed class SqliteSchoolConstructionDesignTimeFactory : SqliteDesignTimeFactory<SqliteSchoolConstructionDbContext>;
