using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportMismatchesValidator : IValidator<ExportMismatchesQuery>
{
    private static readonly ListMismatchesValidator List = new();

    public void Validate(ExportMismatchesQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
