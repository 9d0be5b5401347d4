using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.AidReferrals;

internal sealed class ListAidReferralsValidator : IValidator<ListAidReferralsQuery>
{
    public static readonly string[] Reviews = ["EligibilityCheck", "ExclusionReview", "Outreach"];

    public void Validate(ListAidReferralsQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.MaxLength("townshipCode", request.TownshipCode, 32);
        errors.MaxLength("schoolCode", request.SchoolCode, 32);
        errors.MaxLength("nationalId", request.NationalId, 18);
        if (request.Review is { Length: > 0 } review && !Reviews.Contains(review.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            errors.Add("review", new SharedKernel.Localization.UserText(
                $"'{review}' 不是有效值，可选：{string.Join(", ", Reviews)}", $"'{review}' is not one of: {string.Join(", ", Reviews)}"));
        }
    }
}
