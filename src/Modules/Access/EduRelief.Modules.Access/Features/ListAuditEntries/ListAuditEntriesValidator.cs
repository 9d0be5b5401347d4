using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Access.Features.ListAuditEntries;

internal sealed class ListAuditEntriesValidator : IValidator<ListAuditEntriesQuery>
{
    public void Validate(ListAuditEntriesQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        if (request.From > request.To)
        {
            errors.Add("from", "must not be after 'to'");
        }
    }
}
