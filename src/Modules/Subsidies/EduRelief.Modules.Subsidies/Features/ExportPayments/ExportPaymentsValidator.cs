using EduRelief.Modules.Subsidies.Features.ListPayments;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.ExportPayments;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportPaymentsValidator : IValidator<ExportPaymentsQuery>
{
    private static readonly ListPaymentsValidator List = new();

    public void Validate(ExportPaymentsQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
