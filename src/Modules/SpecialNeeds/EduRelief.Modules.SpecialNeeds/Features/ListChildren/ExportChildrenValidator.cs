using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.ListChildren;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportChildrenValidator : IValidator<ExportChildrenQuery>
{
    private static readonly ListChildrenValidator List = new();

    public void Validate(ExportChildrenQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
