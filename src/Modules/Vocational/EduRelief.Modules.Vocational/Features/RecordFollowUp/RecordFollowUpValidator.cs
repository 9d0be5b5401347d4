using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.RecordFollowUp;

internal sealed class RecordFollowUpValidator : IValidator<RecordFollowUpCommand>
{
    public void Validate(RecordFollowUpCommand request, ValidationErrors errors)
    {
        errors.NationalIdOf("nationalId", request.NationalId);
        errors.Date("followUpOn", request.FollowUpOn);
        errors.Enum<GraduateOutcome>("outcome", request.Outcome);
        errors.MaxLength("employer", request.Employer?.Trim(), 200);
    }
}
