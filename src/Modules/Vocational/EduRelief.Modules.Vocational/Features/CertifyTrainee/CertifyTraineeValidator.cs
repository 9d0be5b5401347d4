using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.CertifyTrainee;

internal sealed class CertifyTraineeValidator : IValidator<CertifyTraineeCommand>
{
    public void Validate(CertifyTraineeCommand request, ValidationErrors errors)
    {
        errors.Required("certificate", request.Certificate);
        errors.MaxLength("certificate", request.Certificate?.Trim(), 100);
    }
}
