using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Features.LogAttempt;

internal sealed class LogAttemptValidator : IValidator<LogAttemptCommand>
{
    public void Validate(LogAttemptCommand request, ValidationErrors errors)
    {
        errors.Date("on", request.On);
        errors.Text("by", request.By, DropoutControlInput.NameLength);
        errors.Text("method", request.Method, 100);
        errors.Text("result", request.Result, 2000);
    }
}
