using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.AdmitTrainee;

internal sealed class AdmitTraineeValidator : IValidator<AdmitTraineeCommand>
{
    public void Validate(AdmitTraineeCommand request, ValidationErrors errors)
    {
        errors.NationalIdOf("nationalId", request.NationalId);
        errors.Name("name", request.Name, 100);
        errors.MaxLength("certificate", request.Certificate?.Trim(), 100);
    }
}
