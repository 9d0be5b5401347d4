using EduRelief.BuildingBlocks.Locking;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Jobs;

/// <summary>
/// <c>vocational:household-recheck</c>, daily at 02:30 county time by default: reads the Registry's poor-household
/// periods of every active enrolment's student, a thousand students a query, and where the enrolment's flag differs (a
/// category event it never received) follows the Registry as the event would have: the change appended to the history,
/// dated as the Registry dates it, never before enrolment. Runs take turns on a database lock and a change is made only
/// where the flag differs, so a second run, or two at once, change nothing twice; an enrolment changed meanwhile by an
/// event (its version) is left to the next run.
/// </summary>
internal sealed class HouseholdRecheckJob(VocationalDbContext db, IMediator mediator, IDistributedLock locks, TimeProvider time) : IRecurringJob
{
    public const string LockName = VocationalModule.HouseholdRecheckJobId;

    private const int Page = 1000;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await using var held = await locks.AcquireAsync(LockName, cancellationToken);
        var now = time.GetUtcNow();
        var (checkedCount, nowPoor, noLongerPoor) = (0, 0, 0);
        var after = Guid.Empty;
        while (true)
        {
            var enrolments = await db.Enrolments.Where(e => e.ActiveStudentId != null && e.Id.CompareTo(after) > 0).OrderBy(e => e.Id).Take(Page).ToListAsync(cancellationToken);
            if (enrolments.Count == 0)
            {
                break;
            }

            after = enrolments[^1].Id;
            var periods = (await mediator.Send(new MatchCategoryPeriodsQuery { StudentIds = enrolments.Select(e => e.StudentId).ToList(), Category = HardshipCategory.RegisteredPoorHousehold }, cancellationToken))
                .ToLookup(p => p.StudentId);
            var followed = enrolments.Where(e => Follow(e, RegistryHousehold.Of(periods[e.StudentId]), now)).ToList();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                checkedCount += enrolments.Count;
                nowPoor += followed.Count(e => e.PoorHousehold);
                noLongerPoor += followed.Count(e => !e.PoorHousehold);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A category event changed one of these meanwhile: the next run checks the page again.
            }

            db.ChangeTracker.Clear();
        }

        return new UserText(
            $"复核在读学生 {checkedCount} 名的建档立卡贫困户身份：按学籍系统更正 {nowPoor + noLongerPoor} 名（新认定 {nowPoor} 名，退出 {noLongerPoor} 名）",
            $"{checkedCount} active enrolment(s) checked against the Registry's poor-household register: {nowPoor + noLongerPoor} corrected ({nowPoor} now poor, {noLongerPoor} no longer)");
    }

    private static bool Follow(Enrolment enrolment, RegistryHousehold registry, DateTimeOffset now) =>
        enrolment.Follow(registry.Poor, registry.EffectiveOn, $"{VocationalText.Recheck}：{registry.Source}".TrimEnd('：'), now);
}
