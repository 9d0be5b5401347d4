using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.ListBuildings;

internal sealed class ListBuildingsValidator : IValidator<ListBuildingsQuery>
{
    public void Validate(ListBuildingsQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Enum<BuildingSafetyGrade>("grade", request.Grade, required: false);
    }
}
