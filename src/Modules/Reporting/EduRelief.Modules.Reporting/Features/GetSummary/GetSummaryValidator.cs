using EduRelief.Contracts.Reporting;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Reporting.Features.GetSummary;

internal sealed class GetSummaryValidator(CountyClock clock) : IValidator<GetSummaryQuery>
{
    public void Validate(GetSummaryQuery request, ValidationErrors errors)
    {
        errors.Year("year", request.Year);
        if (request.Year > clock.Today.Year)
        {
            errors.Add("year", new UserText($"{request.Year} 年尚未到来，不能出具工作总结", $"{request.Year} has not begun; there is nothing to summarise yet"));
        }
    }
}
