using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

internal sealed class ListMismatchesValidator : IValidator<ListMismatchesQuery>
{
    public void Validate(ListMismatchesQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.Enum<MismatchKind>("kind", request.Kind, required: false);
    }
}
