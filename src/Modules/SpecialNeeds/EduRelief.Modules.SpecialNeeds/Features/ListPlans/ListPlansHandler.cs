using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.ListPlans;

internal sealed class ListPlansHandler(SpecialNeedsDbContext db, ICallerContext caller) : IRequestHandler<ListPlansQuery, PagedResult<PlanResponse>>
{
    public async Task<PagedResult<PlanResponse>> Handle(ListPlansQuery request, CancellationToken cancellationToken)
    {
        var plans = db.Plans.AsNoTracking().InScope(caller.Scope);
        if (request.NationalId is { Length: > 0 } nationalId)
        {
            var id = SpecialNeedsInput.Normalized(nationalId);
            plans = plans.Where(p => db.Children.Any(c => c.Id == p.ChildId && c.NationalId == id));
        }

        if (request.Mode is { Length: > 0 } mode)
        {
            var parsed = EnumCodes.Parse<PlacementMode>(mode);
            plans = plans.Where(p => p.Mode == parsed);
        }

        if (request.SchoolCode is { Length: > 0 } school)
        {
            plans = plans.Where(p => p.SchoolCode == school.Trim());
        }

        if (request.TownshipCode is { Length: > 0 } township)
        {
            plans = plans.Where(p => p.TownshipCode == township.Trim());
        }

        if (request.CurrentOnly)
        {
            plans = plans.Where(p => p.EndsOn == null);
        }

        var rows = plans.Join(db.Children.AsNoTracking(), p => p.ChildId, c => c.Id, (p, c) => new { Plan = p, Child = c })
            .OrderBy(r => r.Child.TownshipCode).ThenBy(r => r.Child.Name).ThenBy(r => r.Plan.ChildId).ThenBy(r => r.Plan.StartsOn);
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<PlanResponse>
        {
            Items = page.Select(r => PlanResponse.Of(r.Plan, r.Child, caller)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
