using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.OpenCase;

internal sealed class OpenCaseValidator : IValidator<OpenCaseCommand>
{
    public void Validate(OpenCaseCommand request, ValidationErrors errors)
    {
        errors.NationalIdOf("nationalId", request.NationalId);
        errors.Date("detectedOn", request.DetectedOn);
        errors.Text("detectedBy", request.DetectedBy, 200);
        if (errors.Enum<CaseStage>("stage", request.Stage) is { } stage && stage is not (CaseStage.Suspected or CaseStage.Confirmed))
        {
            errors.Add("stage", DropoutControlText.OpeningStage());
        }

        errors.Reasons(request.Reasons);
        errors.Owners(request.Owners, all: true);
    }
}
