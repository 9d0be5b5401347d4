using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.ListFacilities;

internal sealed class ListFacilitiesValidator : IValidator<ListFacilitiesQuery>
{
    public void Validate(ListFacilitiesQuery request, ValidationErrors errors) => PageRequest.Validate(request.Page, request.PageSize, errors);
}
