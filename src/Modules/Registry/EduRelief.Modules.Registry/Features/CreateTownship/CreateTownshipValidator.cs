using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.CreateTownship;

internal sealed class CreateTownshipValidator : IValidator<CreateTownshipCommand>
{
    public void Validate(CreateTownshipCommand request, ValidationErrors errors)
    {
        errors.Required("code", request.Code);
        errors.MaxLength("code", request.Code, 32);
        errors.Name("name", request.Name, 100);
    }
}
