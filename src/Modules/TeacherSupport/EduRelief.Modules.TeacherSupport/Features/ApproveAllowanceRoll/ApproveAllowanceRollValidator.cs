using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.ApproveAllowanceRoll;

internal sealed class ApproveAllowanceRollValidator : IValidator<ApproveAllowanceRollCommand>
{
    public void Validate(ApproveAllowanceRollCommand request, ValidationErrors errors) => errors.Month("month", request.Month);
}
