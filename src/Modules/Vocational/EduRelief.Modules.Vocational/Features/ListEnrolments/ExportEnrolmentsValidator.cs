using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.ListEnrolments;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportEnrolmentsValidator : IValidator<ExportEnrolmentsQuery>
{
    private static readonly ListEnrolmentsValidator List = new();

    public void Validate(ExportEnrolmentsQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
