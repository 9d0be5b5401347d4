using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.TeacherSupport.Data;

internal sealed class PostgreSqlTeacherSupportDesignTimeFactory() : PostgreSqlDesignTimeFactory<PostgreSqlTeacherSupportDbContext>(PostgreSqlTeacherSupportDbContext.Schema);
