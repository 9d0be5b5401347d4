using System.Globalization;
using EduRelief.BuildingBlocks.Outbox;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Primitives;
using Microsoft.Data.Sqlite;

namespace EduRelief.Bench;

/// <summary>
/// The limit: the same rows inserted with raw prepared Microsoft.Data.Sqlite statements in one transaction, on a
/// database migrated by the module (so the same schema, indexes, WAL journal) and a connection set up as the
/// module's (the same pragmas, foreign keys on). Rows are generated in batches with the clock stopped, so only
/// the inserts are timed. With <c>allImportWrites</c> it also writes what the import writes beside each student
/// (its open category periods and its StudentRegistered outbox message) — the limit for the import's full work.
/// </summary>
internal static class RawSqliteInsert
{
    private const int BatchSize = 10_000;

    private const string StudentSql = """
        INSERT INTO Students (Id, ListKey, NationalId, Name, BirthDate, Sex, SchoolId, Grade, Boarding, HouseholdId, CategoryMask,
            LeftBehind, DisabilityCategory, DisabilityGrade, Status, EnrolledOn, Version, RegisteredBy, RegisteredAt, UpdatedAt)
        VALUES ($id, $listKey, $nationalId, $name, $birthDate, $sex, $schoolId, $grade, $boarding, $householdId, $categoryMask,
            $leftBehind, $disabilityCategory, $disabilityGrade, 0, $enrolledOn, 1, $source, $now, $now)
        """;

    private const string PeriodSql =
        "INSERT INTO StudentCategoryPeriods (StudentId, Category, StartedOn, StartSource) VALUES ($studentId, $category, $startedOn, $source)";

    private const string OutboxSql =
        "INSERT INTO OutboxMessages (MessageId, Type, Payload, OccurredAt, Attempts) VALUES ($messageId, $type, $payload, $occurredAt, 0)";

    /// <summary>Inserts every row of <paramref name="roster"/>; returns the time spent in SQLite work (prepare, inserts, commit), generation excluded.</summary>
    public static RawInsertResult Run(string databasePath, SyntheticRoster roster, bool allImportWrites)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Pooling = true,
            DefaultTimeout = 30,
            ForeignKeys = true,
        }.ToString();

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = SqlitePragmaInterceptor.Pragmas;
            pragma.ExecuteNonQuery();
        }

        var pragmas = Pragmas.Read(connection);
        var schools = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT Code, Id FROM Schools";
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                schools[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var now = TimeProvider.System.GetUtcNow();
        var nowText = now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        var source = $"raw-insert:{now:yyyyMMddHHmmss}:bench";
        var batch = new List<SyntheticStudent>(BatchSize);
        var clock = PhaseClock.StartNew();

        using var transaction = connection.BeginTransaction();
        using var student = Prepare(connection, transaction, StudentSql,
            "$id", "$nationalId", "$name", "$birthDate", "$sex", "$schoolId", "$grade", "$boarding", "$householdId", "$categoryMask",
            "$leftBehind", "$disabilityCategory", "$disabilityGrade", "$enrolledOn", "$source", "$now", "$listKey");
        using var period = Prepare(connection, transaction, PeriodSql, "$studentId", "$category", "$startedOn", "$source");
        using var outbox = Prepare(connection, transaction, OutboxSql, "$messageId", "$type", "$payload", "$occurredAt");
        var s = student.Parameters;

        for (var start = 0; start < roster.Count; start += BatchSize)
        {
            clock.Stop();
            batch.Clear();
            for (var i = start; i < Math.Min(start + BatchSize, roster.Count); i++)
            {
                batch.Add(roster.Student(i));
            }

            clock.Start();
            foreach (var row in batch)
            {
                var id = Guid.CreateVersion7(now);
                var idText = id.ToString().ToUpperInvariant();
                s[0].Value = idText;
                s[16].Value = Random.Shared.NextInt64(long.MinValue, long.MaxValue);
                s[1].Value = row.NationalId;
                s[2].Value = row.Name;
                s[3].Value = row.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                s[4].Value = row.Sex;
                s[5].Value = schools[row.SchoolCode];
                s[6].Value = row.Grade;
                s[7].Value = row.Boarding ? 1 : 0;
                s[8].Value = (object?)row.HouseholdId ?? DBNull.Value;
                s[9].Value = row.CategoryMask;
                s[10].Value = row.LeftBehind ? 1 : 0;
                s[11].Value = row.DisabilityCategory is { } disability ? (int)Enum.Parse<DisabilityCategory>(disability) : DBNull.Value;
                s[12].Value = (object?)row.DisabilityGrade ?? DBNull.Value;
                s[13].Value = row.EnrolledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                s[14].Value = source;
                s[15].Value = nowText;
                student.ExecuteNonQuery();

                if (allImportWrites)
                {
                    WriteExtras(period, outbox, row, id, idText, source, now, nowText);
                }
            }
        }

        transaction.Commit();
        clock.Stop();
        return new RawInsertResult(clock.Elapsed, pragmas);
    }

    private static void WriteExtras(
        SqliteCommand period, SqliteCommand outbox, SyntheticStudent row, Guid id, string idText, string source, DateTimeOffset now, string nowText)
    {
        var categories = new List<HardshipCategory>();
        if (row.Category is { } name)
        {
            var category = Enum.Parse<HardshipCategory>(name);
            categories.Add(category);
            period.Parameters[0].Value = idText;
            period.Parameters[1].Value = (int)category;
            period.Parameters[2].Value = row.EnrolledOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            period.Parameters[3].Value = source;
            period.ExecuteNonQuery();
        }

        var message = OutboxSerializer.Create(
            new StudentRegisteredIntegrationEvent
            {
                EventId = TimeOrderedId.Next(now),
                OccurredAt = now,
                StudentId = id,
                SchoolCode = row.SchoolCode,
                Categories = categories,
                Source = source,
            },
            now);
        outbox.Parameters[0].Value = message.MessageId.ToString().ToUpperInvariant();
        outbox.Parameters[1].Value = message.Type;
        outbox.Parameters[2].Value = message.Payload;
        outbox.Parameters[3].Value = nowText;
        outbox.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
