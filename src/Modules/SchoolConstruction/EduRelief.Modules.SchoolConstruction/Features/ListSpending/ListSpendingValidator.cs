using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.ListSpending;

internal sealed class ListSpendingValidator : IValidator<ListSpendingQuery>
{
    public void Validate(ListSpendingQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Range("year", request.Year, 2000, 2100);
    }
}
