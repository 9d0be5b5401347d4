using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.RecordDeparture;

internal sealed class RecordDepartureValidator : IValidator<RecordDepartureCommand>
{
    public void Validate(RecordDepartureCommand request, ValidationErrors errors)
    {
        errors.Date("lastDay", request.LastDay);
        errors.Enum<LeavingReason>("reason", request.Reason);
    }
}
