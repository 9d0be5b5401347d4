using EduRelief.Modules.Subsidies.Domain;
using EduRelief.Modules.Subsidies.Features.Shared;
using EduRelief.SharedKernel.Paging;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.ListPayments;

internal sealed class ListPaymentsValidator : IValidator<ListPaymentsQuery>
{
    public void Validate(ListPaymentsQuery request, ValidationErrors errors)
    {
        PageRequest.Validate(request.Page, request.PageSize, errors);
        if (request.ProgrammeCode is not null)
        {
            SubsidyInput.Programme("programmeCode", request.ProgrammeCode, errors);
        }

        if (request.Status is not null)
        {
            errors.Enum<PaymentStatus>("status", request.Status);
        }

        if (request.Term is not null)
        {
            SubsidyInput.Term("term", request.Term, errors);
        }
    }
}
