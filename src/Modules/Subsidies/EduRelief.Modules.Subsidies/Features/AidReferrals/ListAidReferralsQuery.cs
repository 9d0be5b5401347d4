using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Subsidies.Features.AidReferrals;

/// <summary>The aid referrals dropout cases sent, by township, school, student or review, in the caller's scope.</summary>
internal sealed record ListAidReferralsQuery(string? TownshipCode, string? SchoolCode, string? NationalId, string? Review, int Page, int PageSize)
    : IQuery<PagedResult<AidReferralResponse>>, INationalIdLookup<PagedResult<AidReferralResponse>>
{
    string? INationalIdLookup<PagedResult<AidReferralResponse>>.SoughtNationalId => NationalId;

    bool INationalIdLookup<PagedResult<AidReferralResponse>>.FoundAny(PagedResult<AidReferralResponse> response) => response.Total > 0;
}
