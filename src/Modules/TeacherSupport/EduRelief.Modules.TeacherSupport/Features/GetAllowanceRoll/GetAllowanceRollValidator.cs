using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;

internal sealed class GetAllowanceRollValidator : IValidator<GetAllowanceRollQuery>
{
    public void Validate(GetAllowanceRollQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Month("month", request.Month);
    }
}
