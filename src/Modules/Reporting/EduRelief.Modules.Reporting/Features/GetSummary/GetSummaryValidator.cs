using EduRelief.Contracts.Reporting;
using EduRelief.Modules.Reporting.Domain;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Reporting.Features.GetSummary;

internal sealed class GetSummaryValidator(CountyClock clock) : IValidator<GetSummaryQuery>
{
    public void Validate(GetSummaryQuery request, ValidationErrors errors) => ReportYear.Validate(errors, request.Year, clock);
}
