using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.ListPlans;

internal sealed class ListPlansValidator : IValidator<ListPlansQuery>
{
    public void Validate(ListPlansQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Enum<PlacementMode>("mode", request.Mode, required: false);
        errors.MaxLength("nationalId", request.NationalId, 18);
    }
}
