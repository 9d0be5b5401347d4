using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.LogVisit;

internal sealed class LogVisitValidator : IValidator<LogVisitCommand>
{
    public void Validate(LogVisitCommand request, ValidationErrors errors)
    {
        errors.Date("on", request.On);
        errors.Name("teacher", request.Teacher, 100);
        errors.Text("content", request.Content, 2000);
        if (request.Hours is not { } hours)
        {
            errors.Missing("hours");
        }
        else if (hours <= 0 || hours > 24 || decimal.Round(hours, 2) != hours)
        {
            errors.Add("hours", SpecialNeedsText.BadHours());
        }
    }
}
