using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

internal sealed class ListRouteReferralsHandler(VocationalDbContext db, ICallerContext caller) : IRequestHandler<ListRouteReferralsQuery, PagedResult<RouteReferralResponse>>
{
    public Task<PagedResult<RouteReferralResponse>> Handle(ListRouteReferralsQuery request, CancellationToken cancellationToken) =>
        Matching(db, caller, request).AsNoTracking().PageAsync(request.Page, request.PageSize, r => RouteReferralResponse.Of(r, caller), cancellationToken);

    /// <summary>The referrals of the filter in the caller's scope, in list order: the list and its export read the same.</summary>
    public static IQueryable<RouteReferral> Matching(VocationalDbContext db, ICallerContext caller, ListRouteReferralsQuery request)
    {
        var referrals = db.Set<RouteReferral>().AsQueryable();
        if (!caller.Scope.All)
        {
            var townships = caller.Scope.TownshipCodes.ToList();
            var schools = caller.Scope.SchoolCodes.ToList();
            referrals = referrals.Where(r => townships.Contains(r.TownshipCode) || (r.SchoolCode != null && schools.Contains(r.SchoolCode)));
        }

        if (VocationalInput.Trimmed(request.TownshipCode) is { } township)
        {
            referrals = referrals.Where(r => r.TownshipCode == township);
        }

        if (VocationalInput.Trimmed(request.SchoolCode) is { } school)
        {
            referrals = referrals.Where(r => r.SchoolCode == school);
        }

        if (VocationalInput.Trimmed(request.NationalId) is { } nationalId)
        {
            var id = VocationalInput.Normalised(nationalId);
            referrals = referrals.Where(r => r.NationalId == id);
        }

        return referrals.OrderBy(r => r.DueOn).ThenBy(r => r.Id);
    }
}
