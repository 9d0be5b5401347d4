using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;

namespace EduRelief.Modules.SchoolConstruction.Features.GetProject;

internal sealed class GetProjectHandler(SchoolConstructionDbContext db, ICallerContext caller) : IRequestHandler<GetProjectQuery, ProjectResponse>
{
    public async Task<ProjectResponse> Handle(GetProjectQuery request, CancellationToken cancellationToken) =>
        ProjectResponse.Of((await db.FindProjectAsync(request.Code, cancellationToken, tracked: false)).EnsureInScope(caller.Scope, "Project", request.Code));
}
