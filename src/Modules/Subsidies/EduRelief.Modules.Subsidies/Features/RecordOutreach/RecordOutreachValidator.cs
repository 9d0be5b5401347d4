using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.RecordOutreach;

internal sealed class RecordOutreachValidator : IValidator<RecordOutreachCommand>
{
    public void Validate(RecordOutreachCommand request, ValidationErrors errors)
    {
        if (request.Date is null)
        {
            errors.Missing("date");
        }

        errors.Required("townshipCode", request.TownshipCode);
        errors.Required("kind", request.Kind);
        errors.MaxLength("kind", request.Kind, 100);
        errors.Range("participants", request.Participants ?? 0, 0, 1_000_000);
        errors.Range("materials", request.Materials ?? 0, 0, 10_000_000);
    }
}
