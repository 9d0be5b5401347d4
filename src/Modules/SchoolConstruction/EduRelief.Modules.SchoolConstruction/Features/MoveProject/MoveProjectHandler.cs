using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.Modules.SchoolConstruction.Features.GetProject;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.MoveProject;

/// <summary>Completing a project demolishes the buildings it removes, in the same save: they leave the D list with it.</summary>
internal sealed class MoveProjectHandler(SchoolConstructionDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<MoveProjectCommand, ProjectResponse>
{
    public async Task<ProjectResponse> Handle(MoveProjectCommand request, CancellationToken cancellationToken)
    {
        var project = (await db.FindProjectAsync(request.Code, cancellationToken)).EnsureInScope(caller.Scope, "Project", request.Code);
        var status = EnumCodes.Parse<ProjectStatus>(request.Status!);
        project.MoveTo(status, request.On!.Value, request.ActualSeats, county.Today, caller.UserName);
        if (status == ProjectStatus.Completed)
        {
            var ids = project.Removals.Select(r => r.BuildingId).ToList();
            foreach (var building in await db.Buildings.Where(b => ids.Contains(b.Id)).ToListAsync(cancellationToken))
            {
                building.Demolish(project.Code, request.On.Value);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return ProjectResponse.Of(project);
    }
}
