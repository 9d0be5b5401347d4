using EduRelief.Modules.Reporting.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Reporting.Features.GetReportedYear;

internal sealed class GetReportedYearHandler(ReportingDbContext db) : IRequestHandler<GetReportedYearQuery, ReportedYearResponse>
{
    public async Task<ReportedYearResponse> Handle(GetReportedYearQuery request, CancellationToken cancellationToken) =>
        ReportedYearResponse.Of(request.Year, await db.YearLocks.AsNoTracking().Where(l => l.Year == request.Year).ToListAsync(cancellationToken));
}
