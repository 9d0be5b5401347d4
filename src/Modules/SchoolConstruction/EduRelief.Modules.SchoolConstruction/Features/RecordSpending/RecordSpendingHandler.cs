using EduRelief.Modules.SchoolConstruction.Data;
using EduRelief.Modules.SchoolConstruction.Features.GetProject;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.SchoolConstruction.Features.RecordSpending;

/// <summary>
/// The budget check and the spending are one save guarded by the project's version: of two spendings sent at once
/// against the last of a budget, the second finds the project changed and is refused (409) rather than overspend.
/// </summary>
internal sealed class RecordSpendingHandler(SchoolConstructionDbContext db, ICallerContext caller, CountyClock county) : IRequestHandler<RecordSpendingCommand, SpendingResponse>
{
    public async Task<SpendingResponse> Handle(RecordSpendingCommand request, CancellationToken cancellationToken)
    {
        var project = (await db.FindProjectAsync(request.Code, cancellationToken)).EnsureInScope(caller.Scope, "Project", request.Code);
        var spending = project.Spend(request.SpentOn!.Value, request.Amount!.Value, request.Purpose!.Trim(), county.Today, caller.UserName);
        await db.SaveChangesAsync(cancellationToken);
        return SpendingResponse.Of(spending, project);
    }
}
