using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.OpenOrderClass;

internal sealed class OpenOrderClassValidator : IValidator<OpenOrderClassCommand>
{
    public void Validate(OpenOrderClassCommand request, ValidationErrors errors)
    {
        errors.Code("code", request.Code);
        errors.Code("specialtyCode", request.SpecialtyCode);
        errors.Name("employer", request.Employer, 200);
        errors.Positive("places", request.Places, VocationalInput.MaxPlaces);
        errors.Year("year", request.Year);
    }
}
