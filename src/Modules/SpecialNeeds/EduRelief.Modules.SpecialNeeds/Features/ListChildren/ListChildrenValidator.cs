using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.ListChildren;

internal sealed class ListChildrenValidator : IValidator<ListChildrenQuery>
{
    public void Validate(ListChildrenQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Enum<DisabilityCategory>("category", request.Category, required: false);
        errors.Range("grade", request.Grade, 1, 4);
        errors.MaxLength("name", request.Name, 100);
        errors.Year("schoolAgeIn", request.SchoolAgeIn, required: false);
        PlacementFilter.Validate(errors, "placement", request.Placement);
    }
}
