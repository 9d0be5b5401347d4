using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.RecordInternship;

internal sealed class RecordInternshipValidator : IValidator<RecordInternshipCommand>
{
    public void Validate(RecordInternshipCommand request, ValidationErrors errors)
    {
        errors.NationalIdOf("nationalId", request.NationalId);
        errors.Name("base", request.Base, 200);
        errors.Date("startsOn", request.StartsOn);
        errors.Date("endsOn", request.EndsOn);
    }
}
