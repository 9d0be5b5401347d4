using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.ListSpecialties;

internal sealed class ListSpecialtiesValidator : IValidator<ListSpecialtiesQuery>
{
    public void Validate(ListSpecialtiesQuery request, ValidationErrors errors) => PageRequest.Validate(request.Page, request.PageSize, errors);
}
