using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.MakePlan;

internal sealed class MakePlanValidator : IValidator<MakePlanCommand>
{
    public void Validate(MakePlanCommand request, ValidationErrors errors)
    {
        errors.NationalIdOf("nationalId", request.NationalId);
        errors.Enum<PlacementMode>("mode", request.Mode);
        errors.Code("schoolCode", request.SchoolCode, required: false);
        errors.Name("teacher", request.Teacher, 100);
        errors.Text("goals", request.Goals, 2000);
        errors.Date("startsOn", request.StartsOn);
        errors.Date("reviewOn", request.ReviewOn);
    }
}
