using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.PlanMeasure;

internal sealed class PlanMeasureValidator : IValidator<PlanMeasureCommand>
{
    public void Validate(PlanMeasureCommand request, ValidationErrors errors)
    {
        errors.Enum<MeasureKind>("kind", request.Kind);
        errors.Enum<AidReview>("aidReview", request.AidReview, required: false);
        errors.Text("description", request.Description, 2000);
        errors.Text("responsible", request.Responsible, DropoutControlInput.NameLength);
        errors.Date("dueOn", request.DueOn);
    }
}
