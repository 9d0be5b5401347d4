using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.RecordExchange;

internal sealed class RecordExchangeValidator : IValidator<RecordExchangeCommand>
{
    public void Validate(RecordExchangeCommand request, ValidationErrors errors)
    {
        errors.NationalIdOf("nationalId", request.NationalId);
        errors.Code("from", request.From);
        errors.Code("to", request.To);
        errors.Date("startsOn", request.StartsOn);
        errors.Date("endsOn", request.EndsOn);
    }
}
