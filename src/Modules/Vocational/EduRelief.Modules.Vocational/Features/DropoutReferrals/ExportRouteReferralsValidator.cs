using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportRouteReferralsValidator : IValidator<ExportRouteReferralsQuery>
{
    private static readonly ListRouteReferralsValidator List = new();

    public void Validate(ExportRouteReferralsQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
