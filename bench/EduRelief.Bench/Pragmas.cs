using System.Data.Common;

namespace EduRelief.Bench;

/// <summary>Reads back the settings that decide SQLite write speed, to show both paths ran with the same.</summary>
internal static class Pragmas
{
    public static string Read(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT journal_mode FROM pragma_journal_mode), (SELECT synchronous FROM pragma_synchronous), "
            + "(SELECT foreign_keys FROM pragma_foreign_keys), (SELECT cache_size FROM pragma_cache_size), sqlite_version()";
        using var reader = command.ExecuteReader();
        reader.Read();
        return $"journal_mode={reader.GetString(0)} synchronous={reader.GetInt64(1)} foreign_keys={reader.GetInt64(2)} "
            + $"cache_size={reader.GetInt64(3)} sqlite={reader.GetString(4)}";
    }
}
