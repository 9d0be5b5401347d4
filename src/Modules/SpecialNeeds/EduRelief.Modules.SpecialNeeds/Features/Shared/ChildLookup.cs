using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

/// <summary>A child named by national ID in a request: not on the register is a 400 naming the field, outside the caller's scope a 404.</summary>
internal static class ChildLookup
{
    public static async Task<DisabledChild> RequireChildAsync(this SpecialNeedsDbContext db, string field, string nationalId, ICallerContext caller, CancellationToken cancellationToken)
    {
        var id = SpecialNeedsInput.Normalized(nationalId);
        var child = await db.Children.FirstOrDefaultAsync(c => c.NationalId == id, cancellationToken)
            ?? throw ValidationFailedException.For(field, SpecialNeedsText.NotOnRegister(caller.Shown(id)));
        return child.EnsureInScope(caller.Scope, "DisabledChild", caller.Shown(id));
    }
}
