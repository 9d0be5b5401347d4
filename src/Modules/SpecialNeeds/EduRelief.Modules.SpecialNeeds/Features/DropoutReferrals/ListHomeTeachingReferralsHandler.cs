using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.DropoutReferrals;

internal sealed class ListHomeTeachingReferralsHandler(SpecialNeedsDbContext db, ICallerContext caller) : IRequestHandler<ListHomeTeachingReferralsQuery, PagedResult<HomeTeachingReferralResponse>>
{
    public async Task<PagedResult<HomeTeachingReferralResponse>> Handle(ListHomeTeachingReferralsQuery request, CancellationToken cancellationToken)
    {
        var referrals = Matching(db, caller, request).AsNoTracking();
        var total = await referrals.CountAsync(cancellationToken);
        var page = await referrals.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<HomeTeachingReferralResponse>
        {
            Items = page.Select(r => HomeTeachingReferralResponse.Of(r, caller)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }

    /// <summary>The referrals of the filter in the caller's scope, in list order: the list and its export read the same.</summary>
    public static IQueryable<HomeTeachingReferral> Matching(SpecialNeedsDbContext db, ICallerContext caller, ListHomeTeachingReferralsQuery request)
    {
        var referrals = db.Set<HomeTeachingReferral>().InScope(caller.Scope);
        if (SpecialNeedsInput.Blank(request.TownshipCode) is { } township)
        {
            referrals = referrals.Where(r => r.TownshipCode == township);
        }

        if (SpecialNeedsInput.Blank(request.SchoolCode) is { } school)
        {
            referrals = referrals.Where(r => r.SchoolCode == school);
        }

        if (SpecialNeedsInput.Blank(request.NationalId) is { } nationalId)
        {
            var id = SpecialNeedsInput.Normalized(nationalId);
            referrals = referrals.Where(r => r.NationalId == id);
        }

        return referrals.OrderBy(r => r.DueOn).ThenBy(r => r.Id);
    }
}
