using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.GetBatch;

internal sealed class GetBatchValidator : IValidator<GetBatchQuery>
{
    public void Validate(GetBatchQuery request, ValidationErrors errors) => PageRequest.Validate(request.Page, request.PageSize, errors);
}
