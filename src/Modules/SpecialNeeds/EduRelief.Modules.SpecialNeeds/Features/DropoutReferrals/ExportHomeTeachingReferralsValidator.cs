using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.DropoutReferrals;

/// <summary>The export takes the list's filter, so it is refused for what the list would refuse.</summary>
internal sealed class ExportHomeTeachingReferralsValidator : IValidator<ExportHomeTeachingReferralsQuery>
{
    private static readonly ListHomeTeachingReferralsValidator List = new();

    public void Validate(ExportHomeTeachingReferralsQuery request, ValidationErrors errors) => List.Validate(request.Filter, errors);
}
