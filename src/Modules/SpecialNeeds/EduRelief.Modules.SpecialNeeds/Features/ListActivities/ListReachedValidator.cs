using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.ListActivities;

internal sealed class ListReachedValidator : IValidator<ListReachedQuery>
{
    public void Validate(ListReachedQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Year("year", request.Year);
    }
}
