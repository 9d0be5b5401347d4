using EduRelief.BuildingBlocks.Outbox;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Primitives;
using Npgsql;
using NpgsqlTypes;

namespace EduRelief.Bench;

/// <summary>
/// PostgreSQL's limit: the same rows sent by binary <c>COPY</c> in one transaction, on a database the module migrated
/// (same schema, indexes). With <c>allImportWrites</c> it also writes each student's category period and outbox
/// message, as the import does. Rows are generated in batches with the clock stopped.
/// </summary>
internal static class RawPostgreSqlCopy
{
    private const int BatchSize = 10_000;

    public static PhaseTime Run(string connectionString, SyntheticRoster roster, bool allImportWrites)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var schools = new Dictionary<string, Guid>(StringComparer.Ordinal);
        using (var query = new NpgsqlCommand("SELECT \"Code\", \"Id\" FROM registry.\"Schools\"", connection))
        using (var reader = query.ExecuteReader())
        {
            while (reader.Read())
            {
                schools[reader.GetString(0)] = reader.GetGuid(1);
            }
        }

        var now = TimeProvider.System.GetUtcNow();
        var source = $"raw-copy:{now:yyyyMMddHHmmss}:bench";
        var rows = new List<(SyntheticStudent Row, Guid Id)>(BatchSize);
        var clock = PhaseClock.StartNew();
        using var transaction = connection.BeginTransaction();
        for (var start = 0; start < roster.Count; start += BatchSize)
        {
            clock.Stop();
            rows.Clear();
            for (var i = start; i < Math.Min(start + BatchSize, roster.Count); i++)
            {
                rows.Add((roster.Student(i), Guid.CreateVersion7(now)));
            }

            clock.Start();
            CopyStudents(connection, rows, schools, source, now);
            if (allImportWrites)
            {
                CopyExtras(connection, rows, source, now);
            }
        }

        transaction.Commit();
        clock.Stop();
        return clock.Elapsed;
    }

    private static void CopyStudents(NpgsqlConnection connection, List<(SyntheticStudent Row, Guid Id)> rows, Dictionary<string, Guid> schools, string source, DateTimeOffset now)
    {
        using var copy = connection.BeginBinaryImport("""
            COPY registry."Students" ("Id", "ListKey", "NationalId", "Name", "BirthDate", "Sex", "SchoolId", "Grade", "Boarding", "HouseholdId", "CategoryMask",
                "LeftBehind", "DisabilityCategory", "DisabilityGrade", "Status", "EnrolledOn", "Version", "RegisteredBy", "RegisteredAt", "UpdatedAt")
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var (row, id) in rows)
        {
            copy.StartRow();
            copy.Write(id, NpgsqlDbType.Uuid);
            copy.Write(Random.Shared.NextInt64(long.MinValue, long.MaxValue), NpgsqlDbType.Bigint);
            copy.Write(row.NationalId, NpgsqlDbType.Varchar);
            copy.Write(row.Name, NpgsqlDbType.Varchar);
            copy.Write(row.BirthDate, NpgsqlDbType.Date);
            copy.Write(row.Sex, NpgsqlDbType.Integer);
            copy.Write(schools[row.SchoolCode], NpgsqlDbType.Uuid);
            copy.Write(row.Grade, NpgsqlDbType.Integer);
            copy.Write(row.Boarding, NpgsqlDbType.Boolean);
            WriteOrNull(copy, row.HouseholdId, NpgsqlDbType.Varchar);
            copy.Write(row.CategoryMask, NpgsqlDbType.Integer);
            copy.Write(row.LeftBehind, NpgsqlDbType.Boolean);
            WriteOrNull(copy, row.DisabilityCategory is { } d ? (int?)(int)Enum.Parse<DisabilityCategory>(d) : null, NpgsqlDbType.Integer);
            WriteOrNull(copy, row.DisabilityGrade, NpgsqlDbType.Integer);
            copy.Write(0, NpgsqlDbType.Integer);
            copy.Write(row.EnrolledOn, NpgsqlDbType.Date);
            copy.Write(1, NpgsqlDbType.Integer);
            copy.Write(source, NpgsqlDbType.Varchar);
            copy.Write(now, NpgsqlDbType.TimestampTz);
            copy.Write(now, NpgsqlDbType.TimestampTz);
        }

        copy.Complete();
    }

    private static void CopyExtras(NpgsqlConnection connection, List<(SyntheticStudent Row, Guid Id)> rows, string source, DateTimeOffset now)
    {
        using (var periods = connection.BeginBinaryImport("""
            COPY registry."StudentCategoryPeriods" ("StudentId", "Category", "StartedOn", "StartSource") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var (row, id) in rows.Where(r => r.Row.Category is not null))
            {
                periods.StartRow();
                periods.Write(id, NpgsqlDbType.Uuid);
                periods.Write((int)Enum.Parse<HardshipCategory>(row.Category!), NpgsqlDbType.Integer);
                periods.Write(row.EnrolledOn, NpgsqlDbType.Date);
                periods.Write(source, NpgsqlDbType.Varchar);
            }

            periods.Complete();
        }

        using var outbox = connection.BeginBinaryImport("""
            COPY registry."OutboxMessages" ("MessageId", "Type", "Payload", "OccurredAt", "Attempts") FROM STDIN (FORMAT BINARY)
            """);
        foreach (var (row, id) in rows)
        {
            var message = OutboxSerializer.Create(
                new StudentRegisteredIntegrationEvent
                {
                    EventId = TimeOrderedId.Next(now),
                    OccurredAt = now,
                    StudentId = id,
                    SchoolCode = row.SchoolCode,
                    Categories = row.Category is { } c ? [Enum.Parse<HardshipCategory>(c)] : [],
                    Source = source,
                },
                now);
            outbox.StartRow();
            outbox.Write(message.MessageId, NpgsqlDbType.Uuid);
            outbox.Write(message.Type, NpgsqlDbType.Varchar);
            outbox.Write(message.Payload, NpgsqlDbType.Text);
            outbox.Write(now, NpgsqlDbType.TimestampTz);
            outbox.Write(0, NpgsqlDbType.Integer);
        }

        outbox.Complete();
    }

    private static void WriteOrNull<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }
}
