using Microsoft.EntityFrameworkCore.Infrastructure;

namespace EduRelief.BuildingBlocks.Persistence;

internal static class DatabaseEngine
{
    private const string NpgsqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static DatabaseProvider Of(DatabaseFacade database) =>
        string.Equals(database.ProviderName, NpgsqlProvider, StringComparison.Ordinal) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
}
