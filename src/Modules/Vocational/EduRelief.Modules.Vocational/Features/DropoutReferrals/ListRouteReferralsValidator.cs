using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

internal sealed class ListRouteReferralsValidator : IValidator<ListRouteReferralsQuery>
{
    public void Validate(ListRouteReferralsQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.MaxLength("townshipCode", request.TownshipCode, 32);
        errors.MaxLength("schoolCode", request.SchoolCode, 32);
        errors.MaxLength("nationalId", request.NationalId, 18);
    }
}
