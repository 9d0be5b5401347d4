using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.OpenHome;

internal sealed class OpenHomeValidator : IValidator<OpenHomeCommand>
{
    public void Validate(OpenHomeCommand request, ValidationErrors errors)
    {
        errors.Code("code", request.Code);
        errors.Name("name", request.Name, 100);
        errors.Code("schoolCode", request.SchoolCode, required: false);
        errors.Code("villageCode", request.VillageCode, required: false);
        if (string.IsNullOrWhiteSpace(request.SchoolCode) == string.IsNullOrWhiteSpace(request.VillageCode))
        {
            errors.Add("schoolCode", SpecialNeedsText.SchoolOrVillage());
        }

        if (request.Counsellors is not { Count: > 0 } counsellors)
        {
            errors.Add("counsellors", SpecialNeedsText.NoneGiven());
        }
        else
        {
            for (var i = 0; i < counsellors.Count; i++)
            {
                errors.Name($"counsellors[{i}]", counsellors[i], 100);
            }
        }

        errors.Date("openedOn", request.OpenedOn);
    }
}
