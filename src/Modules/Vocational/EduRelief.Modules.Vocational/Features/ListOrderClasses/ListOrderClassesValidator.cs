using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.ListOrderClasses;

internal sealed class ListOrderClassesValidator : IValidator<ListOrderClassesQuery>
{
    public void Validate(ListOrderClassesQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Year("year", request.Year, required: false);
    }
}
