using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.ListHomes;

internal sealed class ListHomesValidator : IValidator<ListHomesQuery>
{
    public void Validate(ListHomesQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Year("openAtEndOf", request.OpenAtEndOf, required: false);
    }
}
