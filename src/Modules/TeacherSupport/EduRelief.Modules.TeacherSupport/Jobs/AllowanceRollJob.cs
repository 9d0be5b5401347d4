using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.ComputeAllowanceRoll;
using EduRelief.SharedKernel.Modules;
using EduRelief.SharedKernel.Time;

namespace EduRelief.Modules.TeacherSupport.Jobs;

/// <summary>
/// <c>teacher-support:allowance-roll</c>, daily at 03:15 county time by default: computes the current month's roll
/// (teachers in post on its first day), so a posting recorded late still lands in it, until the roll is approved.
/// </summary>
internal sealed class AllowanceRollJob(AllowanceRollComputation computation, CountyClock county) : IRecurringJob
{
    public const string By = "system";

    public async Task<string> RunAsync(CancellationToken cancellationToken) =>
        (await computation.RunAsync(RollMonth.Of(county.Today), By, cancellationToken)).Text;
}
