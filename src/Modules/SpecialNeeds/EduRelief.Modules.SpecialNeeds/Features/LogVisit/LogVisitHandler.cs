using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.LogVisit;

internal sealed class LogVisitHandler(SpecialNeedsDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<LogVisitCommand, VisitResponse>
{
    public async Task<VisitResponse> Handle(LogVisitCommand request, CancellationToken cancellationToken)
    {
        var key = request.PlanId.ToString();
        var plan = (await db.Plans.FirstOrDefaultAsync(p => p.Id == request.PlanId, cancellationToken)
            ?? throw new NotFoundException("PlacementPlan", key)).EnsureInScope(caller.Scope, "PlacementPlan", key);
        var visit = plan.LogVisit(request.On!.Value, request.Teacher!.Trim(), request.Hours!.Value, request.Content!.Trim(), county.Today);
        await db.SaveChangesAsync(cancellationToken);
        return VisitResponse.Of(visit);
    }
}
