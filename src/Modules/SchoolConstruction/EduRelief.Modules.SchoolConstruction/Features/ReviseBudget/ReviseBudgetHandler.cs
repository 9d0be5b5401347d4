using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.GetProject;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.SchoolConstruction.Features.ReviseBudget;

internal sealed class ReviseBudgetHandler(SchoolConstructionDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<ReviseBudgetCommand, ProjectResponse>
{
    public async Task<ProjectResponse> Handle(ReviseBudgetCommand request, CancellationToken cancellationToken)
    {
        var project = (await db.FindProjectAsync(request.Code, cancellationToken)).EnsureInScope(caller.Scope, "Project", request.Code);
        project.ReviseBudget(BudgetLineInput.Parse(request.Budget!), county.Today, caller.UserName);
        await db.SaveChangesAsync(cancellationToken);
        return ProjectResponse.Of(project);
    }
}
