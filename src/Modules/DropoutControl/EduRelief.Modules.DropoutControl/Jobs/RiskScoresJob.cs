using EduRelief.BuildingBlocks.Locking;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Registry;
using EduRelief.Contracts.SpecialNeeds;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.DropoutControl.Jobs;

/// <summary>
/// <c>dropout-control:risk-scores</c>, daily at 04:30 county time by default: every Enrolled student at a primary or
/// junior secondary school is scored from the Registry's stream of students, a page at a time; for each page
/// SpecialNeeds is asked which of its disabled students are placed and the Registry which moved school lately, so memory
/// holds one page and the scores already kept. A score is written only when it or its signals changed, and dropped when
/// no signal is left (or the student left the compulsory stages): a second run with nothing new writes nothing. Runs
/// take turns on a database lock, and the student is the key, so two at once keep one score each.
/// </summary>
internal sealed class RiskScoresJob(
    DropoutControlDbContext db, IMediator mediator, IDistributedLock locks, IModuleDirectory modules, IOptions<RiskOptions> options, CountyClock county)
    : IRecurringJob
{
    public const string LockName = "dropout-control:risk-scores";

    private const int PageSize = 1000;
    private const string SpecialNeeds = "SpecialNeeds";

    private readonly RiskWeights _weights = options.Value.Weights;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using var held = await locks.AcquireAsync(LockName, cancellationToken);
        var today = county.Today;
        var run = new RiskRun(
            today,
            today.AddMonths(-options.Value.RecentMonths),
            modules.IsEnabled(SpecialNeeds),
            (await db.Cases.AsNoTracking().Where(c => c.ClosedOn != null && c.ClosedOn >= today.AddYears(-1)).Select(c => c.StudentId).ToListAsync(cancellationToken)).ToHashSet());
        var kept = (await db.RiskScores.AsNoTracking().Select(r => r.StudentId).ToListAsync(cancellationToken)).ToHashSet();
        var tally = new RiskTally();
        var students = await mediator.Send(new StreamStudentsQuery { Criteria = new StudentCriteria { Stages = [Stage.Primary, Stage.JuniorSecondary], Status = StudentStatus.Enrolled } }, cancellationToken);
        var page = new List<StudentDto>(PageSize);
        await foreach (var student in students.WithCancellation(cancellationToken))
        {
            page.Add(student);
            if (page.Count == PageSize)
            {
                await ScoreAsync(page, run, kept, tally, cancellationToken);
                page.Clear();
            }
        }

        await ScoreAsync(page, run, kept, tally, cancellationToken);
        foreach (var gone in kept.Chunk(PageSize))
        {
            tally.Dropped += await db.RiskScores.Where(r => gone.Contains(r.StudentId)).ExecuteDeleteAsync(cancellationToken);
        }

        var skipped = run.SpecialNeedsOn ? string.Empty : "; SpecialNeeds is off: no disability was checked for a placement";
        return new UserText(
            $"评估学生 {tally.Scored} 人，新增风险评分 {tally.Added} 个，更新 {tally.Changed} 个，撤销 {tally.Dropped} 个{(run.SpecialNeedsOn ? string.Empty : "；特殊教育模块未启用，未核对残疾学生安置")}",
            $"{tally.Scored} student(s) scored, {tally.Added} risk score(s) added, {tally.Changed} changed, {tally.Dropped} dropped{skipped}");
    }

    private async Task ScoreAsync(List<StudentDto> page, RiskRun run, HashSet<Guid> kept, RiskTally tally, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return;
        }

        var ids = page.Select(s => s.Id).ToList();
        var disabled = page.Where(s => s.Disability is not null).Select(s => s.NationalId).ToList();
        var placed = run.SpecialNeedsOn && disabled.Count > 0
            ? (await mediator.Send(new FindPlacedChildrenQuery { NationalIds = disabled, On = run.Today }, cancellationToken)).ToHashSet(StringComparer.Ordinal)
            : [];
        var moves = (await mediator.Send(new FindSchoolChangesQuery { StudentIds = ids, Since = run.MovesSince }, cancellationToken))
            .CountBy(c => c.StudentId).ToDictionary();
        var scores = await db.RiskScores.Where(r => ids.Contains(r.StudentId)).ToDictionaryAsync(r => r.StudentId, cancellationToken);
        foreach (var student in page)
        {
            kept.Remove(student.Id);
            var facts = new RiskFacts(
                student.Categories.Count > 0, student.LeftBehind, student.Disability is not null, run.SpecialNeedsOn ? placed.Contains(student.NationalId) : null,
                student.BirthDate, student.Grade, moves.GetValueOrDefault(student.Id), run.RecentCases.Contains(student.Id));
            var signals = facts.Signals(run.Today);
            var who = new RiskStudent(student.Id, student.NationalId, student.Name, student.TownshipCode, student.SchoolCode, student.Grade,
                student.BirthDate is { } born ? GradeAge.AgeAtCutOff(born, run.Today) : student.Age);
            tally.Scored++;
            if (scores.TryGetValue(student.Id, out var score))
            {
                if (signals.Count == 0)
                {
                    db.RiskScores.Remove(score);
                    tally.Dropped++;
                }
                else if (score.Rescore(who, signals, _weights, run.Today))
                {
                    tally.Changed++;
                }
            }
            else if (signals.Count > 0)
            {
                db.RiskScores.Add(StudentRisk.Of(who, signals, _weights, run.Today));
                tally.Added++;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex) || ex is DbUpdateConcurrencyException)
        {
            // Only a run outside the lock (a Host of another version) gets here: it scored this page already.
            (tally.Added, tally.Changed, tally.Dropped) = (0, 0, 0);
        }

        db.ChangeTracker.Clear();
    }
}
