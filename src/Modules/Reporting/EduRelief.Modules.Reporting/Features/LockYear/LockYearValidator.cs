using EduRelief.Modules.Reporting.Domain;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Reporting.Features.LockYear;

internal sealed class LockYearValidator(CountyClock clock) : IValidator<LockYearCommand>
{
    public void Validate(LockYearCommand request, ValidationErrors errors) => ReportYear.Validate(errors, request.Year, clock);
}
