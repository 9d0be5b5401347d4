using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.AidReferrals;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportAidReferralsValidator : IValidator<ExportAidReferralsQuery>
{
    private static readonly ListAidReferralsValidator List = new();

    public void Validate(ExportAidReferralsQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
