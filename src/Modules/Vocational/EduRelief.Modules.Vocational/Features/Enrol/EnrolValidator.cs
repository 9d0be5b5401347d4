using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.Enrol;

internal sealed class EnrolValidator : IValidator<EnrolCommand>
{
    public void Validate(EnrolCommand request, ValidationErrors errors)
    {
        errors.NationalIdOf("nationalId", request.NationalId);
        errors.Code("specialtyCode", request.SpecialtyCode);
        errors.Date("enrolledOn", request.EnrolledOn);
        errors.Code("orderClassCode", request.OrderClassCode, required: false);
    }
}
