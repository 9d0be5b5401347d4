using EduRelief.Modules.Reporting.Data;
using EduRelief.Modules.Reporting.Features.GetReportedYear;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Reporting.Features.UnlockYear;

internal sealed class UnlockYearHandler(ReportingDbContext db, ICallerContext caller, TimeProvider time) : IRequestHandler<UnlockYearCommand, ReportedYearResponse>
{
    public async Task<ReportedYearResponse> Handle(UnlockYearCommand request, CancellationToken cancellationToken)
    {
        var locks = await db.YearLocks.Where(l => l.Year == request.Year).ToListAsync(cancellationToken);
        var open = locks.SingleOrDefault(l => l.IsOpen)
            ?? throw new ConflictException("year", new UserText($"{request.Year} 年度未锁定", $"{request.Year} is not locked"));
        open.Unlock(caller.UserName, time.GetUtcNow(), request.Reason!.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return ReportedYearResponse.Of(request.Year, locks);
    }
}
