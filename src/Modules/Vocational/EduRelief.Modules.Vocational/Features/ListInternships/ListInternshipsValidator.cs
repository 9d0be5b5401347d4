using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.ListInternships;

internal sealed class ListInternshipsValidator : IValidator<ListInternshipsQuery>
{
    public void Validate(ListInternshipsQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        errors.MaxLength("nationalId", request.NationalId, 18);
        errors.Year("year", request.Year, required: false);
    }
}
