using EduRelief.BuildingBlocks.Outbox;
using EduRelief.BuildingBlocks.Persistence.Bulk;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>
/// The roster import's hot path, inside the import's transaction: lookups by national ID a chunk at a time, and new students,
/// their category periods and their registration events written in bulk exactly as EF Core would store them, which
/// the import tests check by reading imported students back through EF Core. <see cref="Flush"/> before commit.
/// </summary>
internal sealed class RosterWriter : IDisposable
{
    private readonly RegistryDbContext _db;
    private readonly BulkWriter _bulk;
    private readonly BulkTable<Student> _students;
    private readonly BulkTable<StudentCategoryPeriod> _periods;
    private readonly OutboxWriter _outbox;
    private readonly DateTimeOffset _now;

    public RosterWriter(RegistryDbContext db, DateTimeOffset now)
    {
        (_db, _now) = (db, now);
        _bulk = new BulkWriter(db);
        _students = _bulk.Table<Student>();
        _periods = _bulk.Table<StudentCategoryPeriod>();
        _outbox = new OutboxWriter(_bulk);
    }

    /// <summary>
    /// The students of a chunk of rows already in the registry, by national ID: one query per chunk, not a round
    /// trip per row.
    /// </summary>
    public async Task<Dictionary<string, ExistingStudent>> FindExistingAsync(List<string> nationalIds, CancellationToken cancellationToken)
    {
        var found = await _db.Students.AsNoTracking()
            .Where(s => nationalIds.Contains(s.NationalId))
            .Select(s => new
            {
                s.NationalId,
                Student = new ExistingStudent(
                    s.Id, s.Name, s.SchoolId, s.Grade, s.Boarding, s.HouseholdId, s.CategoryMask, s.LeftBehind, (int?)s.DisabilityCategory, s.DisabilityGrade,
                    s.GuardianName == null ? null : new Guardian(s.GuardianName, s.GuardianRelation, s.GuardianNationalId, s.GuardianPhone),
                    s.AccountNumber == null ? null : new PaymentAccount(s.AccountHolder!, s.AccountBank!, s.AccountNumber)),
            })
            .ToListAsync(cancellationToken);
        return found.ToDictionary(f => f.NationalId, f => f.Student, StringComparer.Ordinal);
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

    public void Dispose() => _bulk.Dispose();
}
