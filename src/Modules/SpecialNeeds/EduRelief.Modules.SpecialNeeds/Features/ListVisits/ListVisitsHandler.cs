using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Features.LogVisit;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.ListVisits;

internal sealed class ListVisitsHandler(SpecialNeedsDbContext db, ICallerContext caller) : IRequestHandler<ListVisitsQuery, IReadOnlyList<VisitResponse>>
{
    public async Task<IReadOnlyList<VisitResponse>> Handle(ListVisitsQuery request, CancellationToken cancellationToken)
    {
        var key = request.PlanId.ToString();
        var plan = (await db.Plans.AsNoTracking().Include(p => p.Visits).FirstOrDefaultAsync(p => p.Id == request.PlanId, cancellationToken)
            ?? throw new NotFoundException("PlacementPlan", key)).EnsureInScope(caller.Scope, "PlacementPlan", key);
        return plan.Visits.OrderBy(v => v.On).ThenBy(v => v.Id).Select(VisitResponse.Of).ToList();
    }
}
