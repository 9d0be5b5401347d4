using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.RecordPairingActivity;

internal sealed class RecordPairingActivityValidator : IValidator<RecordPairingActivityCommand>
{
    public void Validate(RecordPairingActivityCommand request, ValidationErrors errors)
    {
        errors.Date("on", request.On);
        errors.Enum<PairingActivityKind>("kind", request.Kind);
        errors.Name("title", request.Title, 200);
        errors.Positive("participants", request.Participants);
    }
}
