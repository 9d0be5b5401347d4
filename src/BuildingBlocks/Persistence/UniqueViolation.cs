using Microsoft.Data.Sqlite;
using Npgsql;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// Whether the database refused a write because a unique key already holds the value: SQLite's extended codes
/// 2067 (unique index) and 1555 (primary key), PostgreSQL's 23505. Other constraint failures (foreign key, not
/// null, check) are not duplicates and must not be answered as one.
/// </summary>
public static class UniqueViolation
{
    public static bool Caused(Exception exception)
    {
        for (var error = exception; error is not null; error = error.InnerException)
        {
            if (error is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return true;
            }
        }

        return false;
    }
}
