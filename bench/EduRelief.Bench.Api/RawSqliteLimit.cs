using System.Diagnostics;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using Microsoft.Data.Sqlite;

namespace EduRelief.Bench.Api;

/// <summary>
/// What SQLite alone needs for a batch's I/O, on the same files in the same run: the students a LivingSubsidy
/// batch reads, by one plain query on the registry file, and as many lines written into an empty table of the same
/// schema, indexes and pragmas, by one prepared statement in one transaction. No EF Core, no HTTP, no rules.
/// </summary>
internal static class RawSqliteLimit
{
    public static (TimeSpan Read, TimeSpan Write, int Rows) Measure(string dataDirectory, DateOnly termStart, DateOnly termEnd)
    {
        var clock = Stopwatch.StartNew();
        var students = Read(Path.Combine(dataDirectory, "registry.db"), termStart, termEnd);
        var read = clock.Elapsed;
        clock.Restart();
        Write(Path.Combine(dataDirectory, "subsidies.db"), Path.Combine(dataDirectory, "raw-limit.db"), students);
        return (read, clock.Elapsed, students.Count);
    }

    private static List<(string Id, string NationalId, string Name)> Read(string registry, DateOnly termStart, DateOnly termEnd)
    {
        using var connection = Open(registry);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.Id, s.NationalId, s.Name, s.BirthDate, s.Sex, s.SchoolId, s.Grade, s.Boarding, s.HouseholdId, s.CategoryMask,
                   s.LeftBehind, s.DisabilityCategory, s.DisabilityGrade, s.Status, s.EnrolledOn, s.Version
            FROM Students s JOIN Schools sc ON s.SchoolId = sc.Id
            WHERE sc.Stage IN ($primary, $junior) AND s.Status = $enrolled AND EXISTS (
                SELECT 1 FROM StudentCategoryPeriods p
                WHERE p.StudentId = s.Id AND p.StartedOn <= $to AND (p.EndedOn IS NULL OR p.EndedOn >= $from))
            ORDER BY s.ListKey
            """;
        command.Parameters.AddWithValue("$primary", (int)Stage.Primary);
        command.Parameters.AddWithValue("$junior", (int)Stage.JuniorSecondary);
        command.Parameters.AddWithValue("$enrolled", (int)StudentStatus.Enrolled);
        command.Parameters.AddWithValue("$from", termStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", termEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var rows = new List<(string, string, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // Every column is read, as the registry's stream reads them.
            _ = (reader.GetString(3), reader.GetInt32(4), reader.GetString(5), reader.GetInt32(6), reader.GetBoolean(7), reader.IsDBNull(8),
                reader.GetInt32(9), reader.GetBoolean(10), reader.IsDBNull(11), reader.IsDBNull(12), reader.GetInt32(13), reader.GetString(14), reader.GetInt32(15));
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    private static void Write(string subsidies, string scratch, List<(string Id, string NationalId, string Name)> students)
    {
        var schema = new List<string>();
        using (var source = Open(subsidies))
        using (var read = source.CreateCommand())
        {
            // The batches table too: the lines' foreign key to it is checked, as in the module.
            read.CommandText = "SELECT sql FROM sqlite_master WHERE tbl_name IN ('Batches', 'BatchLines') AND sql IS NOT NULL ORDER BY type DESC, tbl_name";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                schema.Add(reader.GetString(0));
            }
        }

        using var connection = Open(scratch);
        foreach (var sql in schema)
        {
            Execute(connection, sql);
        }

        Execute(connection, $"ATTACH '{subsidies}' AS module; INSERT INTO Batches SELECT * FROM module.Batches LIMIT 1; DETACH module;");
        string parent;
        using (var first = connection.CreateCommand())
        {
            first.CommandText = "SELECT Id FROM Batches";
            parent = (string)first.ExecuteScalar()!;
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO BatchLines (BatchId, StudentId, NationalId, Name, SchoolCode, TownshipCode, Amount, Rule, Status, Note)
            VALUES ($batchId, $studentId, $nationalId, $name, 'S000', 'T00', 50000, $rule, 'Pending', NULL)
            """;
        var batchId = insert.Parameters.Add("$batchId", SqliteType.Text);
        var studentId = insert.Parameters.Add("$studentId", SqliteType.Text);
        var nationalId = insert.Parameters.Add("$nationalId", SqliteType.Text);
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        insert.Parameters.AddWithValue("$rule", "compulsory-stage student with a hardship category: ¥500.00/term (Primary, boarder)");
        insert.Prepare();
        batchId.Value = parent;
        foreach (var student in students)
        {
            studentId.Value = student.Id;
            nationalId.Value = student.NationalId;
            name.Value = student.Name;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; " + SqlitePragmaInterceptor.Pragmas);
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
