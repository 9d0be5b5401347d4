using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.SpecialNeeds.Features.DropoutReferrals;

/// <summary>The home-delivered teaching referrals dropout cases sent, by township, school or student, in the caller's scope.</summary>
internal sealed record ListHomeTeachingReferralsQuery(string? TownshipCode, string? SchoolCode, string? NationalId, int Page, int PageSize)
    : IQuery<PagedResult<HomeTeachingReferralResponse>>, INationalIdLookup<PagedResult<HomeTeachingReferralResponse>>
{
    string? INationalIdLookup<PagedResult<HomeTeachingReferralResponse>>.SoughtNationalId => NationalId;

    bool INationalIdLookup<PagedResult<HomeTeachingReferralResponse>>.FoundAny(PagedResult<HomeTeachingReferralResponse> response) => response.Total > 0;
}
