using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.ListPlans;

internal sealed class GetPlanHandler(SpecialNeedsDbContext db, ICallerContext caller) : IRequestHandler<GetPlanQuery, PlanResponse>
{
    public async Task<PlanResponse> Handle(GetPlanQuery request, CancellationToken cancellationToken)
    {
        var plan = (await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("PlacementPlan", request.Id.ToString())).EnsureInScope(caller.Scope, "PlacementPlan", request.Id.ToString());
        var child = await db.Children.AsNoTracking().FirstAsync(c => c.Id == plan.ChildId, cancellationToken);
        return PlanResponse.Of(plan, child, caller);
    }
}
