using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

/// <summary>The vocational routes dropout cases sent, by township, school or student, in the caller's scope.</summary>
internal sealed record ListRouteReferralsQuery(string? TownshipCode, string? SchoolCode, string? NationalId, int Page, int PageSize)
    : IQuery<PagedResult<RouteReferralResponse>>, INationalIdLookup<PagedResult<RouteReferralResponse>>
{
    string? INationalIdLookup<PagedResult<RouteReferralResponse>>.SoughtNationalId => NationalId;

    bool INationalIdLookup<PagedResult<RouteReferralResponse>>.FoundAny(PagedResult<RouteReferralResponse> response) => response.Total > 0;
}
