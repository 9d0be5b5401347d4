using EduRelief.Contracts.Reporting;
using EduRelief.Modules.Reporting.Domain;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Reporting.Features.GetFigureRecords;

internal sealed class GetFigureRecordsValidator(CountyClock clock) : IValidator<GetFigureRecordsQuery>
{
    public void Validate(GetFigureRecordsQuery request, ValidationErrors errors) => ReportYear.Validate(errors, request.Year, clock);
}
