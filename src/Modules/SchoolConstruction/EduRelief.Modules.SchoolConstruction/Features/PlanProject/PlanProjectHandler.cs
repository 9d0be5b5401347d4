using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.GetProject;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.PlanProject;

internal sealed class PlanProjectHandler(SchoolConstructionDbContext db, IMediator mediator, ICallerContext caller, TimeProvider time, CountyClock county)
    : IRequestHandler<PlanProjectCommand, ProjectResponse>
{
    public async Task<ProjectResponse> Handle(PlanProjectCommand request, CancellationToken cancellationToken)
    {
        var school = await mediator.RequireSchoolAsync("schoolCode", request.SchoolCode!, cancellationToken);
        var code = request.Code!.Trim();
        if (await db.Projects.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw new ConflictException("code", ConstructionText.ProjectCodeTaken(code));
        }

        var ids = (request.RemovesBuildingIds ?? []).Distinct().ToList();
        var removes = await db.Buildings.Where(b => ids.Contains(b.Id)).ToListAsync(cancellationToken);
        if (ids.Except(removes.Select(b => b.Id)).Select(id => (Guid?)id).FirstOrDefault() is { } unknown)
        {
            throw ValidationFailedException.For("removesBuildingIds", new UserText($"校舍 {unknown} 不存在", $"no building has id {unknown}"));
        }

        var project = Project.Plan(
            TimeOrderedId.Next(time.GetUtcNow()), code, request.Name!.Trim(), (school.Code, school.TownshipCode), EnumCodes.Parse<ProjectType>(request.Type!),
            request.PlannedSeats!.Value, request.PlannedStart!.Value, request.PlannedEnd!.Value, BudgetLineInput.Parse(request.Budget!), removes, county.Today, caller.UserName);
        db.Projects.Add(project);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (UniqueViolation.Caused(ex))
        {
            throw new ConflictException("code", ConstructionText.ProjectCodeTaken(code));
        }

        return ProjectResponse.Of(project);
    }
}
