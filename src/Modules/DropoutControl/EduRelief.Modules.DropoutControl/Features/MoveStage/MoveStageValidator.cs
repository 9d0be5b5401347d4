using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.MoveStage;

internal sealed class MoveStageValidator : IValidator<MoveStageCommand>
{
    public void Validate(MoveStageCommand request, ValidationErrors errors)
    {
        errors.Enum<CaseStage>("stage", request.Stage);
        errors.Date("on", request.On);
    }
}
