using System.Diagnostics;
using EduRelief.Contracts.Registry;
using Npgsql;
using NpgsqlTypes;

namespace EduRelief.Bench.Api;

/// <summary>
/// What PostgreSQL alone needs for a batch's I/O, in the same database in the same run: the students a LivingSubsidy
/// batch reads, by one plain query on the registry's schema, and as many lines sent by binary <c>COPY</c> in one
/// transaction into an empty table with the lines' own columns, indexes and foreign key. No EF Core, no HTTP, no rules.
/// </summary>
internal static class RawPostgreSqlLimit
{
    public static (TimeSpan Read, TimeSpan Write, int Rows) Measure(string connectionString, DateOnly termStart, DateOnly termEnd)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var clock = Stopwatch.StartNew();
        var students = Read(connection, termStart, termEnd);
        var read = clock.Elapsed;
        Execute(connection, """
            DROP TABLE IF EXISTS subsidies."RawLimitLines";
            CREATE TABLE subsidies."RawLimitLines" (LIKE subsidies."BatchLines" INCLUDING ALL);
            ALTER TABLE subsidies."RawLimitLines" ADD FOREIGN KEY ("BatchId") REFERENCES subsidies."Batches" ("Id");
            """);
        var parent = (Guid)new NpgsqlCommand("SELECT \"Id\" FROM subsidies.\"Batches\" LIMIT 1", connection).ExecuteScalar()!;
        clock.Restart();
        using (var transaction = connection.BeginTransaction())
        {
            using (var copy = connection.BeginBinaryImport("""
                COPY subsidies."RawLimitLines" ("BatchId", "StudentId", "NationalId", "Name", "SchoolCode", "TownshipCode", "Amount", "Rule", "Status", "Note")
                FROM STDIN (FORMAT BINARY)
                """))
            {
                foreach (var (id, nationalId, name) in students)
                {
                    copy.StartRow();
                    copy.Write(parent, NpgsqlDbType.Uuid);
                    copy.Write(id, NpgsqlDbType.Uuid);
                    copy.Write(nationalId, NpgsqlDbType.Varchar);
                    copy.Write(name, NpgsqlDbType.Varchar);
                    copy.Write("S000", NpgsqlDbType.Varchar);
                    copy.Write("T00", NpgsqlDbType.Varchar);
                    copy.Write(50000L, NpgsqlDbType.Bigint);
                    copy.Write("compulsory-stage student with a hardship category: ¥500.00/term (Primary, boarder)", NpgsqlDbType.Varchar);
                    copy.Write("Pending", NpgsqlDbType.Varchar);
                    copy.WriteNull();
                }

                copy.Complete();
            }

            transaction.Commit();
        }

        var write = clock.Elapsed;
        Execute(connection, "DROP TABLE subsidies.\"RawLimitLines\"");
        return (read, write, students.Count);
    }

    private static List<(Guid Id, string NationalId, string Name)> Read(NpgsqlConnection connection, DateOnly termStart, DateOnly termEnd)
    {
        using var command = new NpgsqlCommand("""
            SELECT s."Id", s."NationalId", s."Name", s."BirthDate", s."Sex", s."SchoolId", s."Grade", s."Boarding", s."HouseholdId", s."CategoryMask",
                   s."LeftBehind", s."DisabilityCategory", s."DisabilityGrade", s."Status", s."EnrolledOn", s."Version"
            FROM registry."Students" s JOIN registry."Schools" sc ON s."SchoolId" = sc."Id"
            WHERE sc."Stage" IN (@primary, @junior) AND s."Status" = @enrolled AND EXISTS (
                SELECT 1 FROM registry."StudentCategoryPeriods" p
                WHERE p."StudentId" = s."Id" AND p."StartedOn" <= @to AND (p."EndedOn" IS NULL OR p."EndedOn" >= @from))
            ORDER BY s."ListKey"
            """, connection);
        command.Parameters.AddWithValue("primary", (int)Stage.Primary);
        command.Parameters.AddWithValue("junior", (int)Stage.JuniorSecondary);
        command.Parameters.AddWithValue("enrolled", (int)StudentStatus.Enrolled);
        command.Parameters.AddWithValue("from", termStart);
        command.Parameters.AddWithValue("to", termEnd);
        var rows = new List<(Guid, string, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // Every column is read, as the registry's stream reads them.
            _ = (reader.GetDateTime(3), reader.GetInt32(4), reader.GetGuid(5), reader.GetInt32(6), reader.GetBoolean(7), reader.IsDBNull(8),
                reader.GetInt32(9), reader.GetBoolean(10), reader.IsDBNull(11), reader.IsDBNull(12), reader.GetInt32(13), reader.GetDateTime(14), reader.GetInt32(15));
            rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
