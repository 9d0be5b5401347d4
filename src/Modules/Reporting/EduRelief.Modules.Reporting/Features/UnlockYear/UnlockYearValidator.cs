using EduRelief.Modules.Reporting.Domain;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Reporting.Features.UnlockYear;

internal sealed class UnlockYearValidator(CountyClock clock) : IValidator<UnlockYearCommand>
{
    public void Validate(UnlockYearCommand request, ValidationErrors errors)
    {
        ReportYear.Validate(errors, request.Year, clock);
        errors.Text("reason", request.Reason, 500);
    }
}
