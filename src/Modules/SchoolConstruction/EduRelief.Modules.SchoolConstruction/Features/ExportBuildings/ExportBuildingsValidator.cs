using EduRelief.Modules.SchoolConstruction.Features.ListBuildings;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.ExportBuildings;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportBuildingsValidator : IValidator<ExportBuildingsQuery>
{
    private static readonly ListBuildingsValidator List = new();

    public void Validate(ExportBuildingsQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
