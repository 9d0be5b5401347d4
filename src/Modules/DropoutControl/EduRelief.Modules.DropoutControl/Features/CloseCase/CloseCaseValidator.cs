using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.CloseCase;

internal sealed class CloseCaseValidator : IValidator<CloseCaseCommand>
{
    public void Validate(CloseCaseCommand request, ValidationErrors errors)
    {
        errors.Enum<CaseOutcome>("outcome", request.Outcome);
        errors.Date("on", request.On);
        errors.Text("schoolCode", request.SchoolCode, 32, required: false);
        errors.Text("approval", request.Approval, 200, required: false);
    }
}
