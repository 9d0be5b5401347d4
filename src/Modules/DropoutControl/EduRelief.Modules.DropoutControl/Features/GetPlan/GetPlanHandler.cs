using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.GetPlan;

internal sealed class GetPlanHandler(DropoutControlDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<GetPlanQuery, PlanResponse>
{
    public async Task<PlanResponse> Handle(GetPlanQuery request, CancellationToken cancellationToken)
    {
        var kase = (await db.Cases.AsNoTracking().Include(c => c.Measures).FirstOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken)
            ?? throw new NotFoundException("DropoutCase", request.CaseId.ToString())).EnsureInScope(caller.Scope, "DropoutCase", request.CaseId.ToString());
        var today = county.Today;
        var measures = kase.Measures.OrderBy(m => m.PlannedOn).ThenBy(m => m.Id).Select(m => MeasureResponse.Of(m, today)).ToList();
        return new PlanResponse(kase.Id, measures.Count(m => m.DoneOn is null), measures.Count(m => m.Overdue), measures);
    }
}
