using EduRelief.Modules.SchoolConstruction.Features.ListProjects;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.ExportProjects;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportProjectsValidator : IValidator<ExportProjectsQuery>
{
    private static readonly ListProjectsValidator List = new();

    public void Validate(ExportProjectsQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
