using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.CreateVillage;

internal sealed class CreateVillageValidator : IValidator<CreateVillageCommand>
{
    public void Validate(CreateVillageCommand request, ValidationErrors errors)
    {
        errors.Required("code", request.Code);
        errors.MaxLength("code", request.Code, 32);
        errors.Name("name", request.Name, 100);
        errors.Required("townshipCode", request.TownshipCode);
    }
}
