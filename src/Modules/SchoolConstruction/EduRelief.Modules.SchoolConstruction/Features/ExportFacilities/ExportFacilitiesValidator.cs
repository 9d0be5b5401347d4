using EduRelief.Modules.SchoolConstruction.Features.ListFacilities;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.ExportFacilities;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportFacilitiesValidator : IValidator<ExportFacilitiesQuery>
{
    private static readonly ListFacilitiesValidator List = new();

    public void Validate(ExportFacilitiesQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
