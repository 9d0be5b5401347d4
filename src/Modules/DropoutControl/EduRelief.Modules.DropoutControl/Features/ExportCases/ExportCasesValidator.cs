using EduRelief.Modules.DropoutControl.Features.ListCases;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.ExportCases;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportCasesValidator : IValidator<ExportCasesQuery>
{
    private static readonly ListCasesValidator List = new();

    public void Validate(ExportCasesQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
