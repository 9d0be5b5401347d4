using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.CompleteMeasure;

internal sealed class CompleteMeasureValidator : IValidator<CompleteMeasureCommand>
{
    public void Validate(CompleteMeasureCommand request, ValidationErrors errors)
    {
        errors.Date("on", request.On);
        errors.Text("by", request.By, DropoutControlInput.NameLength);
        errors.Text("note", request.Note, 2000, required: false);
    }
}
