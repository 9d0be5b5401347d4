using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.ListOrderClasses;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportOrderClassesValidator : IValidator<ExportOrderClassesQuery>
{
    private static readonly ListOrderClassesValidator List = new();

    public void Validate(ExportOrderClassesQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
