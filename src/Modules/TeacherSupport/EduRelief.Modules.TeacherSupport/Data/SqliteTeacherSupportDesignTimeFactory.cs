using EduRelief.BuildingBlocks.Persistence;

namespace EduRelief.Modules.TeacherSupport.Data;

internal sealed class SqliteTeacherSupportDesignTimeFactory : SqliteDesignTimeFactory<SqliteTeacherSupportDbContext>;
