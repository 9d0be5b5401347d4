using EduRelief.Modules.SchoolConstruction.Features.ListSpending;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.ExportSpending;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportSpendingValidator : IValidator<ExportSpendingQuery>
{
    private static readonly ListSpendingValidator List = new();

    public void Validate(ExportSpendingQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
