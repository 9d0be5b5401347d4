using EduRelief.BuildingBlocks.Outbox;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.BuildingBlocks.Persistence.Bulk;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>
/// The roster import's hot path, inside the import's transaction: a prepared lookup by national ID, and new students,
/// their category periods and their registration events written in bulk exactly as EF Core would store them, which
/// the import tests check by reading imported students back through EF Core. <see cref="Flush"/> before commit.
/// </summary>
internal sealed class RosterWriter : IDisposable
{
    private readonly PreparedStatement _find;
    private readonly BulkWriter _bulk;
    private readonly BulkTable<Student> _students;
    private readonly BulkTable<StudentCategoryPeriod> _periods;
    private readonly OutboxWriter _outbox;
    private readonly DateTimeOffset _now;

    public RosterWriter(DbContext db, DateTimeOffset now)
    {
        _now = now;
        _find = PreparedStatement.Prepare(db.Database, """
            SELECT "Id", "Name", "SchoolId", "Grade", "Boarding", "HouseholdId", "CategoryMask", "LeftBehind", "DisabilityCategory", "DisabilityGrade"
            FROM "Students" WHERE "NationalId" = @nationalId
            """, "@nationalId");
        _bulk = new BulkWriter(db);
        _students = _bulk.Table<Student>();
        _periods = _bulk.Table<StudentCategoryPeriod>();
        _outbox = new OutboxWriter(_bulk);
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
        _students.Add(student);
        foreach (var period in student.CategoryPeriods)
        {
            _periods.Add(period);
        }

        _outbox.Add(StudentFactory.Registered(student, row.SchoolCode, source, _now), _now);
    }

    /// <summary>Sends what is still queued: the new students are then in the transaction, visible to its next steps.</summary>
    public void Flush() => _bulk.Flush();

    public void Dispose()
    {
        _find.Dispose();
        _bulk.Dispose();
    }
}
