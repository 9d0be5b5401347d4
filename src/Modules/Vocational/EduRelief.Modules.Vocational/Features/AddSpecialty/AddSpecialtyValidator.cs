using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.AddSpecialty;

internal sealed class AddSpecialtyValidator : IValidator<AddSpecialtyCommand>
{
    public void Validate(AddSpecialtyCommand request, ValidationErrors errors)
    {
        errors.Code("code", request.Code);
        errors.Name("name", request.Name, 100);
        errors.Code("schoolCode", request.SchoolCode);
    }
}
