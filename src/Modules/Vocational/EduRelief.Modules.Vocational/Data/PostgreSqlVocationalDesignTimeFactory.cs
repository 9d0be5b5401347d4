using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.Vocational.Data;

internal sealed class PostgreSqlVocationalDesignTimeFactory() : PostgreSqlDesignTimeFactory<PostgreSqlVocationalDbContext>(PostgreSqlVocationalDbContext.Schema);
