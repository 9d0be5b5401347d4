using EduRelief.BuildingBlocks.Locking;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.DynamicZero;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Jobs;

/// <summary>
/// <c>dropout-control:ledger-refresh</c>, daily at 04:00 county time by default (the dropout ledger, 动态清零):
/// a compulsory-age student the Registry marks DroppedOut with no open case, and none that ended otherwise than by a
/// return, gets a case opened as Suspected, unassigned and flagged, detected on the day the Registry's status took
/// effect; an open case whose student is Enrolled again is proposed for Returned; a returned case whose observation
/// period is over is closed. Runs take turns on a database lock and the open-case unique index backs it, so a second
/// run, or two at once, open nothing twice. The report counts the overdue cases and the townships not at dynamic zero.
/// </summary>
internal sealed class LedgerRefreshJob(DropoutControlDbContext db, IMediator mediator, IDistributedLock locks, CountyClock county, TimeProvider time) : IRecurringJob
{
    public const string LockName = "dropout-control:ledger-refresh";

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using var held = await locks.AcquireAsync(LockName, cancellationToken);
        var today = county.Today;
        var now = time.GetUtcNow();
        var changed = new List<DropoutCase>();
        changed.AddRange(await OpenFoundAsync(today, now, cancellationToken));
        var opened = changed.Count;
        var proposed = await ProposeReturnsAsync(today, cancellationToken);
        var closed = await CloseObservedAsync(today, changed, cancellationToken);
        foreach (var kase in changed)
        {
            foreach (var step in kase.Steps)
            {
                db.AddToOutbox(StudentFileEntries.Of(kase, step), now);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex) || ex is DbUpdateConcurrencyException)
        {
            // Only a run outside the lock (a Host of another version) gets here: the next run does what this one could not.
            db.ChangeTracker.Clear();
            (opened, proposed, closed) = (0, 0, 0);
        }

        var overdue = await db.Cases.AsNoTracking().CountAsync(
            c => c.NoticeReturnBy != null && c.NoticeReturnBy < today && (c.Stage == CaseStage.Suspected || c.Stage == CaseStage.Confirmed || c.Stage == CaseStage.Persuading), cancellationToken);
        var notAtZero = await db.Cases.AsNoTracking().Where(OpenConfirmed.Case)
            .Select(c => c.TownshipCode).Distinct().CountAsync(cancellationToken);
        return new UserText(
            $"新开疑似辍学案件 {opened} 个，建议复学 {proposed} 个，观察期满销号 {closed} 个；逾期未返校 {overdue} 个；未实现动态清零的乡镇 {notAtZero} 个",
            $"{opened} suspected case(s) opened, {proposed} proposed for Returned, {closed} closed after observation; {overdue} overdue; {notAtZero} township(s) not at dynamic zero");
    }

    private async Task<List<DropoutCase>> OpenFoundAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var accounted = (await db.Cases.AsNoTracking()
                .Where(c => c.OpenStudentId != null || (c.Outcome != null && c.Outcome != CaseOutcome.Returned))
                .Select(c => c.StudentId).ToListAsync(cancellationToken))
            .ToHashSet();
        var found = new List<DropoutCase>();
        var dropped = await mediator.Send(new StreamStatusHistoriesQuery { Criteria = new StudentCriteria { Status = StudentStatus.DroppedOut }, EnrolledBy = today }, cancellationToken);
        await foreach (var student in dropped.WithCancellation(cancellationToken))
        {
            var droppedOn = student.Changes.LastOrDefault(c => c.To == StudentStatus.DroppedOut)?.EffectiveOn ?? today;
            if (accounted.Contains(student.StudentId) || !CompulsoryAge.Covers(student.BirthDate, droppedOn))
            {
                continue;
            }

            var kase = DropoutCase.Found(
                TimeOrderedId.Next(now),
                new CaseStudent(student.StudentId, student.NationalId, student.Name, student.TownshipCode, student.SchoolCode, student.BirthDate),
                droppedOn,
                LockName);
            db.Cases.Add(kase);
            found.Add(kase);
        }

        return found;
    }

    private async Task<int> ProposeReturnsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var proposed = 0;
        var waiting = await db.Cases.Where(c => c.OpenStudentId != null && c.ReturnProposedOn == null
            && (c.Stage == CaseStage.Suspected || c.Stage == CaseStage.Confirmed || c.Stage == CaseStage.Persuading)).ToListAsync(cancellationToken);
        foreach (var kase in waiting)
        {
            if (await mediator.Send(new GetStudentQuery { StudentId = kase.StudentId }, cancellationToken) is { Status: StudentStatus.Enrolled } && kase.ProposeReturn(today))
            {
                proposed++;
            }
        }

        return proposed;
    }

    private async Task<int> CloseObservedAsync(DateOnly today, List<DropoutCase> changed, CancellationToken cancellationToken)
    {
        var due = await db.Cases.Where(c => c.Stage == CaseStage.Observed && c.ObservedUntil <= today).ToListAsync(cancellationToken);
        var closed = due.Where(c => c.CloseObservedBy(today)).ToList();
        changed.AddRange(closed);
        return closed.Count;
    }
}
