using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.BuildingBlocks.Periods;

/// <summary>
/// Refuses a write dated in a year locked as reported: for <see cref="IDatedCommand"/>s before their handler runs
/// (<see cref="PeriodLockBehavior{TRequest,TResponse}"/>), and by a handler itself when the day comes from its records.
/// </summary>
public sealed class PeriodGuard(IEnumerable<IPeriodLocks> locks)
{
    public Task EnsureOpenAsync(string field, int year, CancellationToken cancellationToken) =>
        EnsureOpenAsync(field, new DateOnly(year, 1, 1), cancellationToken);

    public async Task EnsureOpenAsync(string field, DateOnly? day, CancellationToken cancellationToken)
    {
        if (day is not { } dated)
        {
            return;
        }

        foreach (var source in locks)
        {
            if (await source.IsLockedAsync(dated.Year, cancellationToken))
            {
                throw new ConflictException(field, new UserText(
                    $"{dated.Year} 年度已锁定上报，不能再写入该年度的记录；确需更正请由管理员解锁",
                    $"{dated.Year} is locked as reported; records dated in it can no longer be written; an Admin may unlock it to correct them"));
            }
        }
    }
}
