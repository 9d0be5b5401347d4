using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.GetChild;

internal sealed class GetChildHandler(SpecialNeedsDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<GetChildQuery, ChildFileResponse>
{
    public async Task<ChildFileResponse> Handle(GetChildQuery request, CancellationToken cancellationToken)
    {
        var key = request.Id.ToString();
        var child = (await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("DisabledChild", key)).EnsureInScope(caller.Scope, "DisabledChild", key);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.ChildId == child.Id).OrderBy(a => a.AssessedOn).ToListAsync(cancellationToken);
        var plans = await db.Plans.AsNoTracking().Where(p => p.ChildId == child.Id).OrderBy(p => p.StartsOn).ToListAsync(cancellationToken);
        return new ChildFileResponse(
            ChildResponse.Of(child, county.Today, caller),
            assessments.Select(a => AssessmentResponse.Of(a, caller)).ToList(),
            plans.Select(p => PlanResponse.Of(p, child, caller)).ToList());
    }
}
