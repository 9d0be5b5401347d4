using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.ComputeAllowanceRoll;

internal sealed class ComputeAllowanceRollValidator : IValidator<ComputeAllowanceRollCommand>
{
    public void Validate(ComputeAllowanceRollCommand request, ValidationErrors errors) => errors.Month("month", request.Month);
}
