using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.Vocational.Data;

internal sealed class SqliteVocationalDesignTimeFactory : SqliteDesignTimeFactory<SqliteVocationalDbContext>;
