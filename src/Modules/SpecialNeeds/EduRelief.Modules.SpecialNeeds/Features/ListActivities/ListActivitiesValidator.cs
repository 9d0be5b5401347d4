using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.ListActivities;

internal sealed class ListActivitiesValidator : IValidator<ListActivitiesQuery>
{
    public void Validate(ListActivitiesQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Enum<ActivityKind>("kind", request.Kind, required: false);
        errors.Year("year", request.Year, required: false);
    }
}
