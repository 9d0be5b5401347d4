using EduRelief.Modules.Reporting.Domain;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Reporting.Features.GetReportedYear;

internal sealed class GetReportedYearValidator(CountyClock clock) : IValidator<GetReportedYearQuery>
{
    public void Validate(GetReportedYearQuery request, ValidationErrors errors) => ReportYear.Validate(errors, request.Year, clock);
}
