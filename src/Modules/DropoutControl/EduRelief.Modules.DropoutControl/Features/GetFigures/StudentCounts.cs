using EduRelief.Contracts.Registry;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

/// <summary>
/// The consolidation rate's two sets of students, as <see cref="Consolidation"/> defines them, less the children whose
/// case ended Exempted or Deferred by the counting day: counted by the Registry, or read from it for the record lists.
/// </summary>
internal sealed class StudentCounts(DropoutControlDbContext db, IMediator mediator)
{
    public async Task<(int EnrolledAtStart, int DroppedNotReturned)> CountAsync(int year, DateOnly countingDay, CancellationToken cancellationToken)
    {
        var (enrolledAtStart, droppedNotReturned) = await CriteriaAsync(year, countingDay, cancellationToken);
        var start = await mediator.Send(new CountStudentsQuery { Criteria = enrolledAtStart }, cancellationToken);
        var dropped = await mediator.Send(new CountStudentsQuery { Criteria = droppedNotReturned }, cancellationToken);
        return (start, dropped);
    }

    public async Task<(StudentCriteria EnrolledAtStart, StudentCriteria DroppedNotReturned)> CriteriaAsync(int year, DateOnly countingDay, CancellationToken cancellationToken)
    {
        var excluded = await db.Cases.AsNoTracking()
            .Where(c => (c.Outcome == CaseOutcome.Exempted || c.Outcome == CaseOutcome.Deferred) && c.OutcomeOn <= countingDay)
            .Select(c => c.StudentId).Distinct().ToListAsync(cancellationToken);
        return (Consolidation.EnrolledAtStart(year, excluded), Consolidation.DroppedNotReturned(year, countingDay, excluded));
    }

    /// <summary>Both sets, each student once with which of the two it is in: the numerator is small, so it is held while the denominator streams.</summary>
    public async Task<List<CountedStudent>> ListAsync(int year, DateOnly countingDay, CancellationToken cancellationToken)
    {
        var (enrolledAtStart, droppedNotReturned) = await CriteriaAsync(year, countingDay, cancellationToken);
        var dropped = new Dictionary<Guid, StudentStatusHistoryDto>();
        await foreach (var student in (await StreamAsync(droppedNotReturned, countingDay, cancellationToken)).WithCancellation(cancellationToken))
        {
            dropped[student.StudentId] = student;
        }

        var counted = new List<CountedStudent>();
        await foreach (var student in (await StreamAsync(enrolledAtStart, countingDay, cancellationToken)).WithCancellation(cancellationToken))
        {
            counted.Add(new CountedStudent(student, true, dropped.Remove(student.StudentId)));
        }

        counted.AddRange(dropped.Values.Select(s => new CountedStudent(s, false, true)));
        return counted;
    }

    private Task<IAsyncEnumerable<StudentStatusHistoryDto>> StreamAsync(StudentCriteria criteria, DateOnly countingDay, CancellationToken cancellationToken) =>
        mediator.Send(new StreamStatusHistoriesQuery { Criteria = criteria, EnrolledBy = countingDay }, cancellationToken);
}
