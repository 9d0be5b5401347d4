using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.ListHires;

internal sealed class ListHiresValidator : IValidator<ListHiresQuery>
{
    public void Validate(ListHiresQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Year("year", request.Year, required: false);
    }
}
