using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

internal sealed class ListAdultCoursesValidator : IValidator<ListAdultCoursesQuery>
{
    public void Validate(ListAdultCoursesQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Year("year", request.Year, required: false);
    }
}
