using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.RecordGraduation;

internal sealed class RecordGraduationValidator : IValidator<RecordGraduationCommand>
{
    public void Validate(RecordGraduationCommand request, ValidationErrors errors)
    {
        errors.NationalIdOf("nationalId", request.NationalId);
        errors.Date("graduatedOn", request.GraduatedOn);
        errors.Enum<GraduateOutcome>("outcome", request.Outcome, required: request.FollowUpOn is not null);
        errors.MaxLength("employer", request.Employer?.Trim(), 200);
    }
}
