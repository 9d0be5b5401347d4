using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.ListProjects;

internal sealed class ListProjectsValidator : IValidator<ListProjectsQuery>
{
    public void Validate(ListProjectsQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Enum<ProjectStatus>("status", request.Status, required: false);
        errors.Enum<ProjectType>("type", request.Type, required: false);
        errors.Range("completedIn", request.CompletedIn, 2000, 2100);
    }
}
