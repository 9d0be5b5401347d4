using EduRelief.BuildingBlocks.Outbox;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>
/// The roster import's hot path: prepared statements on the registry's own connection, inside the import's
/// transaction. It writes exactly the rows EF Core would (same columns, same stored forms for ids and dates), which
/// the import tests check by reading imported students back through EF Core.
/// </summary>
internal sealed class RosterWriter : IDisposable
{
    private readonly PreparedStatement _find;
    private readonly PreparedStatement _insertStudent;
    private readonly PreparedStatement _insertPeriod;
    private readonly OutboxWriter _outbox;
    private readonly DateTimeOffset _now;

    public RosterWriter(DatabaseFacade database, DateTimeOffset now)
    {
        _now = now;
        _find = PreparedStatement.Prepare(database, """
            SELECT "Id", "Name", "SchoolId", "Grade", "Boarding", "HouseholdId", "CategoryMask", "LeftBehind", "DisabilityCategory", "DisabilityGrade"
            FROM "Students" WHERE "NationalId" = @nationalId
            """, "@nationalId");
        _insertStudent = PreparedStatement.Prepare(database, """
            INSERT INTO "Students" ("Id", "NationalId", "Name", "BirthDate", "Sex", "SchoolId", "Grade", "Boarding", "HouseholdId", "CategoryMask",
                "LeftBehind", "DisabilityCategory", "DisabilityGrade", "Status", "EnrolledOn", "Version", "RegisteredBy", "RegisteredAt", "UpdatedAt")
            VALUES (@id, @nationalId, @name, @birthDate, @sex, @schoolId, @grade, @boarding, @householdId, @categoryMask,
                @leftBehind, @disabilityCategory, @disabilityGrade, @status, @enrolledOn, 1, @source, @now, @now)
            """, "@id", "@nationalId", "@name", "@birthDate", "@sex", "@schoolId", "@grade", "@boarding", "@householdId", "@categoryMask",
            "@leftBehind", "@disabilityCategory", "@disabilityGrade", "@status", "@enrolledOn", "@source", "@now");
        _insertPeriod = PreparedStatement.Prepare(database, """
            INSERT INTO "StudentCategoryPeriods" ("StudentId", "Category", "StartedOn", "StartSource") VALUES (@studentId, @category, @startedOn, @source)
            """, "@studentId", "@category", "@startedOn", "@source");
        _outbox = new OutboxWriter(database);
    }

    public ExistingStudent? FindExisting(string nationalId)
    {
        _find[0] = nationalId;
        using var reader = _find.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new ExistingStudent(
            reader.GetGuid(0),
            reader.GetString(1),
            reader.GetGuid(2),
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
        var s = _insertStudent;
        s[0] = student.Id;
        s[1] = student.NationalId;
        s[2] = student.Name;
        s[3] = student.BirthDate;
        s[4] = (int)student.Sex;
        s[5] = schoolId;
        s[6] = student.Grade;
        s[7] = student.Boarding;
        s[8] = student.HouseholdId;
        s[9] = student.CategoryMask;
        s[10] = student.LeftBehind;
        s[11] = student.DisabilityCategory is { } category ? (int)category : null;
        s[12] = student.DisabilityGrade;
        s[13] = (int)StudentStatus.Enrolled;
        s[14] = student.EnrolledOn;
        s[15] = source;
        s[16] = _now;
        s.Execute();

        foreach (var period in student.CategoryPeriods)
        {
            _insertPeriod[0] = student.Id;
            _insertPeriod[1] = (int)period.Category;
            _insertPeriod[2] = period.StartedOn;
            _insertPeriod[3] = source;
            _insertPeriod.Execute();
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
