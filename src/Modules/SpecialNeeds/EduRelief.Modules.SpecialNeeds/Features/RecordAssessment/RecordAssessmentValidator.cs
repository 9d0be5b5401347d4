using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.RecordAssessment;

internal sealed class RecordAssessmentValidator : IValidator<RecordAssessmentCommand>
{
    public void Validate(RecordAssessmentCommand request, ValidationErrors errors)
    {
        errors.NationalIdOf("nationalId", request.NationalId);
        errors.Date("assessedOn", request.AssessedOn);
        errors.Enum<DisabilityCategory>("category", request.Category);
        errors.Grade("grade", request.Grade);
        errors.Text("body", request.Body, 100);
        errors.Enum<PlacementMode>("recommendation", request.Recommendation);
    }
}
