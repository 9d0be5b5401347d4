using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.PlanProject;

internal sealed class PlanProjectValidator : IValidator<PlanProjectCommand>
{
    public void Validate(PlanProjectCommand request, ValidationErrors errors)
    {
        errors.Required("code", request.Code);
        errors.MaxLength("code", request.Code?.Trim(), 32);
        errors.Name("name", request.Name, 200);
        errors.Required("schoolCode", request.SchoolCode);
        errors.Enum<ProjectType>("type", request.Type);
        BudgetLineInput.Validate(request.Budget, errors);
        errors.Count("plannedSeats", request.PlannedSeats, 100_000);
        errors.Date("plannedStart", request.PlannedStart);
        errors.Date("plannedEnd", request.PlannedEnd);
    }
}
