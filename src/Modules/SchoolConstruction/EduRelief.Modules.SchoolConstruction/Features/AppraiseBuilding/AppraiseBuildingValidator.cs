using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.AppraiseBuilding;

internal sealed class AppraiseBuildingValidator : IValidator<AppraiseBuildingCommand>
{
    public void Validate(AppraiseBuildingCommand request, ValidationErrors errors)
    {
        errors.Date("appraisedOn", request.AppraisedOn);
        errors.Enum<BuildingSafetyGrade>("grade", request.Grade);
        errors.Name("appraisedBy", request.AppraisedBy, 100);
        errors.Name("reportNo", request.ReportNo, 64);
    }
}
