using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.HoldActivity;

internal sealed class HoldActivityValidator : IValidator<HoldActivityCommand>
{
    public void Validate(HoldActivityCommand request, ValidationErrors errors)
    {
        errors.Date("on", request.On);
        errors.Enum<ActivityKind>("kind", request.Kind);
        errors.MaxLength("title", request.Title?.Trim(), 200);
        errors.NationalIds("participants", request.Participants);
    }
}
