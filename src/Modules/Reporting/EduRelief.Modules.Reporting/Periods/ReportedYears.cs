using EduRelief.Modules.Reporting.Data;
using EduRelief.SharedKernel.Periods;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Reporting.Periods;

/// <summary>The years locked as reported, read from Reporting's database on every dated write (one indexed row), so every Host sees a lock at once.</summary>
internal sealed class ReportedYears(ReportingDbContext db) : IPeriodLocks
{
    public Task<bool> IsLockedAsync(int year, CancellationToken cancellationToken) =>
        db.YearLocks.AsNoTracking().AnyAsync(l => l.Year == year && l.UnlockedAt == null, cancellationToken);
}
