using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.RegisterChild;

internal sealed class RegisterChildValidator : IValidator<RegisterChildCommand>
{
    public void Validate(RegisterChildCommand request, ValidationErrors errors)
    {
        errors.NationalIdOf("nationalId", request.NationalId);
        errors.Name("name", request.Name, 100);
        errors.Code("townshipCode", request.TownshipCode);
        errors.Code("villageCode", request.VillageCode, required: false);
        errors.Enum<DisabilityCategory>("disabilityCategory", request.DisabilityCategory);
        errors.Grade("disabilityGrade", request.DisabilityGrade);
        errors.Name("guardian", request.Guardian, 100);
        errors.MaxLength("source", request.Source?.Trim(), 100);
    }
}
