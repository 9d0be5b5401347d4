using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.ListOutreach;

internal sealed class ListOutreachValidator : IValidator<ListOutreachQuery>
{
    public void Validate(ListOutreachQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Range("year", request.Year, 2000, 2100);
    }
}
