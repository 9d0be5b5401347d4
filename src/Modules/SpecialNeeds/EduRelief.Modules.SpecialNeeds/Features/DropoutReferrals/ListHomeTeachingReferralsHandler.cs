using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.DropoutReferrals;

internal sealed class ListHomeTeachingReferralsHandler(SpecialNeedsDbContext db, ICallerContext caller) : IRequestHandler<ListHomeTeachingReferralsQuery, PagedResult<HomeTeachingReferralResponse>>
{
    public async Task<PagedResult<HomeTeachingReferralResponse>> Handle(ListHomeTeachingReferralsQuery request, CancellationToken cancellationToken)
    {
        var referrals = db.Set<HomeTeachingReferral>().AsNoTracking();
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
        return new PagedResult<HomeTeachingReferralResponse>
        {
            Items = page.Select(r => new HomeTeachingReferralResponse(
                r.MeasureId, r.CaseId, r.StudentId, caller.CanSeeFullNationalIds ? r.NationalId : NationalId.Mask(r.NationalId), r.StudentName, r.TownshipCode, r.SchoolCode,
                r.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries), r.Description, r.Responsible, r.DueOn, r.ReferredAt)).ToList(),
            Page = request.Page,
            PageSize = request.PageSize,
            Total = total,
        };
    }
}
