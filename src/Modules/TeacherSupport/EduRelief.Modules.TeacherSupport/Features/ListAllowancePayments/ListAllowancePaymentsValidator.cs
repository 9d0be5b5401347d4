using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.ListAllowancePayments;

internal sealed class ListAllowancePaymentsValidator : IValidator<ListAllowancePaymentsQuery>
{
    public void Validate(ListAllowancePaymentsQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Year("year", request.Year);
    }
}
