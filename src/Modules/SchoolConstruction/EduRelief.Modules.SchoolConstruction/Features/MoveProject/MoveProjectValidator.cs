using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.MoveProject;

internal sealed class MoveProjectValidator : IValidator<MoveProjectCommand>
{
    public void Validate(MoveProjectCommand request, ValidationErrors errors)
    {
        errors.Enum<ProjectStatus>("status", request.Status);
        errors.Date("on", request.On);
        errors.Range("actualSeats", request.ActualSeats, 0, 100_000);
    }
}
