using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.RegisterStudent;

internal sealed class RegisterStudentValidator(CountyClock county) : IValidator<RegisterStudentCommand>
{
    public void Validate(RegisterStudentCommand request, ValidationErrors errors) =>
        StudentFieldRules.Check(request.ToFields(), county.Today, errors);
}
