using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

internal sealed class ListTraineesValidator : IValidator<ListTraineesQuery>
{
    public void Validate(ListTraineesQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Year("year", request.Year, required: false);
    }
}
