using EduRelief.Contracts.Registry;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.SetAllowanceTiers;

internal sealed class SetAllowanceTiersValidator : IValidator<SetAllowanceTiersCommand>
{
    public void Validate(SetAllowanceTiersCommand request, ValidationErrors errors)
    {
        errors.Date("effectiveFrom", request.EffectiveFrom);
        if (request.EffectiveTo < request.EffectiveFrom)
        {
            errors.Add("effectiveTo", TeacherText.Before(request.EffectiveFrom!.Value));
        }

        if (request.Tiers is null or { Count: 0 })
        {
            errors.Add("tiers", new UserText("至少需要一档补助标准", "needs at least one tier"));
            return;
        }

        for (var i = 0; i < request.Tiers.Count; i++)
        {
            var tier = request.Tiers[i];
            var byLocation = !string.IsNullOrWhiteSpace(tier.Location);
            var bySchools = tier.SchoolCodes is { Count: > 0 };
            if (byLocation == bySchools)
            {
                errors.Add($"tiers[{i}]", TeacherText.LocationOrSchools());
            }
            else if (byLocation && errors.Enum<SchoolLocation>($"tiers[{i}].location", tier.Location) is { } location && !location.IsRural())
            {
                errors.Add($"tiers[{i}].location", TeacherText.NotRuralLocation(location.ToString()));
            }

            for (var j = 0; j < (tier.SchoolCodes?.Count ?? 0); j++)
            {
                errors.Code($"tiers[{i}].schoolCodes[{j}]", tier.SchoolCodes![j]);
            }

            errors.Money($"tiers[{i}].monthly", tier.Monthly);
        }
    }
}
