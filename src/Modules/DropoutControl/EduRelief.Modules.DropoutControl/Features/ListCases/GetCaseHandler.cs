using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.ListCases;

internal sealed class GetCaseHandler(DropoutControlDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<GetCaseQuery, CaseResponse>
{
    public async Task<CaseResponse> Handle(GetCaseQuery request, CancellationToken cancellationToken)
    {
        var kase = (await db.Cases.AsNoTracking().AsSplitQuery().Include(c => c.Owners).Include(c => c.Attempts).Include(c => c.Steps)
            .FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("DropoutCase", request.Id.ToString())).EnsureInScope(caller.Scope, "DropoutCase", request.Id.ToString());
        return CaseResponse.Of(kase, caller, county.Today, full: true);
    }
}
