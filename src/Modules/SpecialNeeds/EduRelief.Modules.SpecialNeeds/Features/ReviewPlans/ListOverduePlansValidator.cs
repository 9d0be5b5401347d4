using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.ReviewPlans;

internal sealed class ListOverduePlansValidator : IValidator<ListOverduePlansQuery>
{
    public void Validate(ListOverduePlansQuery request, ValidationErrors errors) => PageRequest.Validate(request.Page, request.PageSize, errors);
}
