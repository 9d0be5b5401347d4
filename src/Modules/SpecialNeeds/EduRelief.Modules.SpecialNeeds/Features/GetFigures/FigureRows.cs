using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.ListChildren;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.GetFigures;

/// <summary>What the enrolment rate and the homes count, in the caller's scope: one definition for the figures and their records.</summary>
internal static class FigureRows
{
    public static async Task<List<SchoolAgeChild>> SchoolAgeChildrenAsync(SpecialNeedsDbContext db, ICallerContext caller, int year, DateOnly day, CancellationToken cancellationToken)
    {
        var children = await ChildRows.OfSchoolAge(db.Children.AsNoTracking().InScope(caller.Scope), year)
            .OrderBy(c => c.TownshipCode).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.NationalId, c.Name, c.TownshipCode })
            .ToListAsync(cancellationToken);
        var modes = await ChildRows.InForce(db, day).AsNoTracking().InScope(caller.Scope)
            .Select(p => new { p.ChildId, p.Mode })
            .ToDictionaryAsync(p => p.ChildId, p => p.Mode, cancellationToken);
        return children.Select(c => new SchoolAgeChild(c.Id, c.NationalId, c.Name, c.TownshipCode, modes.TryGetValue(c.Id, out var mode) ? mode : null)).ToList();
    }

    public static IQueryable<ChildrenHome> HomesOpen(SpecialNeedsDbContext db, ICallerContext caller, DateOnly day) =>
        db.Homes.AsNoTracking().InScope(caller.Scope).Where(h => h.OpenedOn <= day);
}
