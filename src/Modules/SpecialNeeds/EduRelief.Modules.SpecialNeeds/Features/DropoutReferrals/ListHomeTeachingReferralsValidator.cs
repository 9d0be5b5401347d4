using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.DropoutReferrals;

internal sealed class ListHomeTeachingReferralsValidator : IValidator<ListHomeTeachingReferralsQuery>
{
    public void Validate(ListHomeTeachingReferralsQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.MaxLength("townshipCode", request.TownshipCode, 32);
        errors.MaxLength("schoolCode", request.SchoolCode, 32);
        errors.MaxLength("nationalId", request.NationalId, 18);
    }
}
