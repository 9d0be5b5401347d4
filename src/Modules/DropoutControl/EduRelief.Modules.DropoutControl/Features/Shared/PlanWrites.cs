using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>Loading a case with its whole return plan, to change the plan.</summary>
internal static class PlanWrites
{
    /// <summary>The case with its measures, or a 404 also when outside the caller's scope.</summary>
    public static async Task<DropoutCase> RequirePlannedCaseAsync(this DropoutControlDbContext db, Guid id, ICallerContext caller, CancellationToken cancellationToken) =>
        (await db.Cases.Include(c => c.Measures).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException("DropoutCase", id.ToString())).EnsureInScope(caller.Scope, "DropoutCase", id.ToString());
}
