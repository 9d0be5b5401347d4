using EduRelief.Modules.Subsidies.Data;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Subsidies.Features.AidReferrals;

internal sealed class ListAidReferralsHandler(SubsidiesDbContext db, ICallerContext caller) : IRequestHandler<ListAidReferralsQuery, PagedResult<AidReferralResponse>>
{
    public async Task<PagedResult<AidReferralResponse>> Handle(ListAidReferralsQuery request, CancellationToken cancellationToken)
    {
        var referrals = Matching(db, caller, request).AsNoTracking();
        var total = await referrals.CountAsync(cancellationToken);
        var page = await referrals.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<AidReferralResponse>
        {
            Items = page.Select(r => AidReferralResponse.Of(r, caller)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }

    /// <summary>The referrals of the filter in the caller's scope, in list order: the list and its export read the same.</summary>
    public static IQueryable<AidReferral> Matching(SubsidiesDbContext db, ICallerContext caller, ListAidReferralsQuery request)
    {
        var referrals = db.Set<AidReferral>().AsQueryable();
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

        if (request.Review is { Length: > 0 } review)
        {
            var code = ListAidReferralsValidator.Reviews.First(r => string.Equals(r, review.Trim(), StringComparison.OrdinalIgnoreCase));
            referrals = referrals.Where(r => r.Review == code);
        }

        return referrals.OrderBy(r => r.DueOn).ThenBy(r => r.Id);
    }
}
