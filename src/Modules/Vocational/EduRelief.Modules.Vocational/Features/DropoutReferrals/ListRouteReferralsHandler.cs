using EduRelief.Modules.Vocational.Data;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

internal sealed class ListRouteReferralsHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ListRouteReferralsQuery, PagedResult<RouteReferralResponse>>
{
    public async Task<PagedResult<RouteReferralResponse>> Handle(ListRouteReferralsQuery request, CancellationToken cancellationToken)
    {
        var referrals = db.Set<RouteReferral>().AsNoTracking();
        if (!caller.Scope.All)
        {
            var townships = caller.Scope.TownshipCodes.ToList();
            var schools = caller.Scope.SchoolCodes.ToList();
            referrals = referrals.Where(r => townships.Contains(r.TownshipCode) || (r.SchoolCode != null && schools.Contains(r.SchoolCode)));
        }

        if (request.TownshipCode is { Length: > 0 } township)
        {
            referrals = referrals.Where(r => r.TownshipCode == township.Trim());
        }

        if (request.SchoolCode is { Length: > 0 } school)
        {
            referrals = referrals.Where(r => r.SchoolCode == school.Trim());
        }

        if (request.NationalId is { Length: > 0 } nationalId)
        {
            var id = nationalId.Trim().ToUpperInvariant();
            referrals = referrals.Where(r => r.NationalId == id);
        }

        var ordered = referrals.OrderBy(r => r.DueOn).ThenBy(r => r.Id);
        var total = await ordered.CountAsync(cancellationToken);
        var page = await ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<RouteReferralResponse>
        {
            Items = page.Select(r => new RouteReferralResponse(
                r.MeasureId, r.CaseId, r.StudentId, caller.CanSeeFullNationalIds ? r.NationalId : NationalId.Mask(r.NationalId), r.StudentName, r.TownshipCode, r.SchoolCode,
                r.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries), r.Description, r.Responsible, r.DueOn, r.ReferredAt)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
