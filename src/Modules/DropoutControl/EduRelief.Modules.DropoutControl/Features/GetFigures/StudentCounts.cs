using EduRelief.Contracts.Registry;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

/// <summary>
/// The consolidation rate's two counts over the Registry's status history (one stream, flat memory) and the cases'
/// counts, within the caller's scope; <see cref="Walk"/> hands each student counted to a callback for the record lists.
/// </summary>
internal sealed class StudentCounts(DropoutControlDbContext db, IMediator mediator)
{
    public async Task<(int EnrolledAtStart, int DroppedNotReturned)> CountAsync(int year, DateOnly countingDay, CancellationToken cancellationToken)
    {
        var (start, dropped) = (0, 0);
        await Walk(year, countingDay, (_, inDenominator, inNumerator) =>
        {
            start += inDenominator ? 1 : 0;
            dropped += inNumerator ? 1 : 0;
        }, cancellationToken);
        return (start, dropped);
    }

    public async Task Walk(int year, DateOnly countingDay, Action<StudentStatusHistoryDto, bool, bool> counted, CancellationToken cancellationToken)
    {
        var excluded = (await db.Cases.AsNoTracking()
                .Where(c => (c.Outcome == CaseOutcome.Exempted || c.Outcome == CaseOutcome.Deferred) && c.OutcomeOn <= countingDay)
                .Select(c => c.StudentId).ToListAsync(cancellationToken))
            .ToHashSet();
        var histories = await mediator.Send(new StreamStatusHistoriesQuery { EnrolledBy = countingDay }, cancellationToken);
        await foreach (var student in histories.WithCancellation(cancellationToken))
        {
            if (excluded.Contains(student.StudentId))
            {
                continue;
            }

            var inDenominator = Consolidation.EnrolledAtStart(student, year);
            var inNumerator = Consolidation.DroppedNotReturned(student, year, countingDay);
            if (inDenominator || inNumerator)
            {
                counted(student, inDenominator, inNumerator);
            }
        }
    }
}
