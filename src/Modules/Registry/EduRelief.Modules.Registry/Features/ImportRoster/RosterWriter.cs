using System.Data.Common;
using EduRelief.BuildingBlocks.Outbox;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>
/// The roster import's hot path: prepared statements on the registry's own connection, inside the import's
/// transaction. It writes exactly the rows EF Core would (same columns, same text forms for ids and dates), which
/// the import tests check by reading imported students back through EF Core.
/// </summary>
internal sealed class RosterWriter : IDisposable
{
    private readonly DbCommand _find;
    private readonly DbCommand _insertStudent;
    private readonly DbCommand _insertPeriod;
    private readonly OutboxWriter _outbox;
    private readonly DateTimeOffset _now;
    private readonly string _nowText;

    public RosterWriter(DbConnection connection, DbTransaction transaction, DateTimeOffset now)
    {
        _now = now;
        _nowText = SqliteText.Of(now);
        _find = PreparedCommand.Prepare(connection, transaction, """
            SELECT Id, Name, SchoolId, Grade, Boarding, HouseholdId, CategoryMask, LeftBehind, DisabilityCategory, DisabilityGrade
            FROM Students WHERE NationalId = $nationalId
            """, "$nationalId");
        _insertStudent = PreparedCommand.Prepare(connection, transaction, """
            INSERT INTO Students (Id, NationalId, Name, BirthDate, Sex, SchoolId, Grade, Boarding, HouseholdId, CategoryMask,
                LeftBehind, DisabilityCategory, DisabilityGrade, Status, EnrolledOn, Version, RegisteredBy, RegisteredAt, UpdatedAt)
            VALUES ($id, $nationalId, $name, $birthDate, $sex, $schoolId, $grade, $boarding, $householdId, $categoryMask,
                $leftBehind, $disabilityCategory, $disabilityGrade, $status, $enrolledOn, 1, $source, $now, $now)
            """, "$id", "$nationalId", "$name", "$birthDate", "$sex", "$schoolId", "$grade", "$boarding", "$householdId", "$categoryMask",
            "$leftBehind", "$disabilityCategory", "$disabilityGrade", "$status", "$enrolledOn", "$source", "$now");
        _insertPeriod = PreparedCommand.Prepare(connection, transaction, """
            INSERT INTO StudentCategoryPeriods (StudentId, Category, StartedOn, StartSource) VALUES ($studentId, $category, $startedOn, $source)
            """, "$studentId", "$category", "$startedOn", "$source");
        _outbox = new OutboxWriter(connection, transaction);
    }

    public ExistingStudent? FindExisting(string nationalId)
    {
        _find.Parameters[0].Value = nationalId;
        using var reader = _find.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new ExistingStudent(
            Guid.Parse(reader.GetString(0)),
            reader.GetString(1),
            Guid.Parse(reader.GetString(2)),
            reader.GetInt32(3),
            reader.GetBoolean(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.GetInt32(6),
            reader.GetBoolean(7),
            reader.IsDBNull(8) ? null : reader.GetInt32(8),
            reader.IsDBNull(9) ? null : reader.GetInt32(9));
    }

    /// <summary>Registers a new student as <see cref="StudentFactory"/> would, with its category periods and its event.</summary>
    public void Insert(ValidStudent row, Guid schoolId, string source)
    {
        var student = StudentFactory.Create(row, schoolId, source, _now);
        var id = SqliteText.Of(student.Id);
        var p = _insertStudent.Parameters;
        p[0].Value = id;
        p[1].Value = student.NationalId;
        p[2].Value = student.Name;
        p[3].Value = SqliteText.Of(student.BirthDate);
        p[4].Value = (int)student.Sex;
        p[5].Value = SqliteText.Of(schoolId);
        p[6].Value = student.Grade;
        p[7].Value = student.Boarding ? 1 : 0;
        p[8].Value = (object?)student.HouseholdId ?? DBNull.Value;
        p[9].Value = student.CategoryMask;
        p[10].Value = student.LeftBehind ? 1 : 0;
        p[11].Value = student.DisabilityCategory is { } category ? (int)category : DBNull.Value;
        p[12].Value = (object?)student.DisabilityGrade ?? DBNull.Value;
        p[13].Value = (int)StudentStatus.Enrolled;
        p[14].Value = SqliteText.Of(student.EnrolledOn);
        p[15].Value = source;
        p[16].Value = _nowText;
        _insertStudent.ExecuteNonQuery();

        foreach (var period in student.CategoryPeriods)
        {
            _insertPeriod.Parameters[0].Value = id;
            _insertPeriod.Parameters[1].Value = (int)period.Category;
            _insertPeriod.Parameters[2].Value = SqliteText.Of(period.StartedOn);
            _insertPeriod.Parameters[3].Value = source;
            _insertPeriod.ExecuteNonQuery();
        }

        _outbox.Add(StudentFactory.Registered(student, row.SchoolCode, source, _now), _now);
    }

    public void Dispose()
    {
        _find.Dispose();
        _insertStudent.Dispose();
        _insertPeriod.Dispose();
        _outbox.Dispose();
    }
}
