using EduRelief.Contracts.DropoutControl;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

/// <summary>
/// The year's figures from records only, within the caller's scope: returns are cases whose outcome Returned is dated in
/// the year; open confirmed cases are those detected by the counting day and now Confirmed or Persuading.
/// </summary>
internal sealed class GetFiguresHandler(DropoutControlDbContext db, StudentCounts counts, ICallerContext caller, CountyClock county)
    : IRequestHandler<GetDropoutFiguresQuery, DropoutFiguresDto>
{
    public async Task<DropoutFiguresDto> Handle(GetDropoutFiguresQuery request, CancellationToken cancellationToken)
    {
        var day = Consolidation.CountingDay(request.Year, county.Today);
        var cases = db.Cases.AsNoTracking().InScope(caller.Scope);
        var returns = await cases.Returned(request.Year).CountAsync(cancellationToken);
        var confirmed = await cases.OpenConfirmed(day).CountAsync(cancellationToken);
        var (start, dropped) = await counts.CountAsync(request.Year, day, cancellationToken);
        return new DropoutFiguresDto
        {
            Year = request.Year,
            CountedOn = day,
            PersuadedReturns = returns,
            OpenConfirmed = confirmed,
            EnrolledAtStart = start,
            DroppedNotReturned = dropped,
            ConsolidationRate = Consolidation.Rate(dropped, start),
        };
    }
}
