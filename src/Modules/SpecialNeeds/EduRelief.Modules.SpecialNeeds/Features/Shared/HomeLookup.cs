using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

internal static class HomeLookup
{
    /// <summary>The home with its counsellors and children; unknown or outside the caller's scope is a 404.</summary>
    public static async Task<ChildrenHome> FindHomeAsync(this SpecialNeedsDbContext db, string code, ICallerContext caller, CancellationToken cancellationToken, bool tracked = true)
    {
        var homes = db.Homes.Include(h => h.Counsellors).Include(h => h.Children).AsSplitQuery();
        var home = await (tracked ? homes : homes.AsNoTracking()).FirstOrDefaultAsync(h => h.Code == code, cancellationToken)
            ?? throw new NotFoundException("ChildrenHome", code);
        return home.EnsureInScope(caller.Scope, "ChildrenHome", code);
    }
}
