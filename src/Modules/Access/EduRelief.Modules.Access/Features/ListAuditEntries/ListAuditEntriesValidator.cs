using EduRelief.SharedKernel.Localization;
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
            errors.Add("from", new UserText("不能晚于 'to'", "must not be after 'to'"));
        }
    }
}
