using System.Text.Json;
using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Contracts.Reporting;
using EduRelief.Modules.Reporting.Data;
using EduRelief.Modules.Reporting.Domain;
using EduRelief.Modules.Reporting.Features.GetReportedYear;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using MediatR;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.Reporting.Features.LockYear;

/// <summary>
/// Stores the county's summary as the response serves it, so the locked year re-reads exactly; only a caller who sees
/// the whole county may lock, or the stored summary would be one township's.
/// </summary>
internal sealed class LockYearHandler(ReportingDbContext db, IMediator mediator, ICallerContext caller, TimeProvider time, IOptions<JsonOptions> json)
    : IRequestHandler<LockYearCommand, ReportedYearResponse>
{
    public async Task<ReportedYearResponse> Handle(LockYearCommand request, CancellationToken cancellationToken)
    {
        if (!caller.Scope.All)
        {
            throw new ForbiddenException(new UserText("只有能查看全县记录的县级人员才能锁定年度", "only a county officer who sees the whole county may lock a year"));
        }

        var year = request.Year;
        if (await db.YearLocks.AnyAsync(l => l.Year == year && l.UnlockedAt == null, cancellationToken))
        {
            throw AlreadyLocked(year);
        }

        var summary = await mediator.Send(new GetSummaryQuery(year, false), cancellationToken);
        db.YearLocks.Add(YearLock.Lock(year, JsonSerializer.Serialize(summary, json.Value.SerializerOptions), caller.UserName, time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            throw AlreadyLocked(year);
        }

        return ReportedYearResponse.Of(year, await db.YearLocks.AsNoTracking().Where(l => l.Year == year).ToListAsync(cancellationToken));
    }

    private static ConflictException AlreadyLocked(int year) =>
        new("year", new UserText($"{year} 年度已锁定上报", $"{year} is already locked as reported"));
}
