using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.ExcludeStudent;

internal sealed class ExcludeStudentValidator : IValidator<ExcludeStudentCommand>
{
    public void Validate(ExcludeStudentCommand request, ValidationErrors errors)
    {
        errors.Required("nationalId", request.NationalId);
        errors.Required("reason", request.Reason);
        errors.MaxLength("reason", request.Reason, 500);
    }
}
