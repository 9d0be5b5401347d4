using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.ListBatches;

internal sealed class ListBatchesValidator : IValidator<ListBatchesQuery>
{
    public void Validate(ListBatchesQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        if (!string.IsNullOrWhiteSpace(request.ProgrammeCode))
        {
            SubsidyInput.Programme("programmeCode", request.ProgrammeCode, errors);
        }

        if (!string.IsNullOrWhiteSpace(request.Term))
        {
            SubsidyInput.Term("term", request.Term, errors);
        }

        errors.Range("year", request.Year, 2000, 2100);
        errors.Enum<BatchStatus>("status", request.Status, required: false);
    }
}
