using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.ListInternships;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportInternshipsValidator : IValidator<ExportInternshipsQuery>
{
    private static readonly ListInternshipsValidator List = new();

    public void Validate(ExportInternshipsQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
