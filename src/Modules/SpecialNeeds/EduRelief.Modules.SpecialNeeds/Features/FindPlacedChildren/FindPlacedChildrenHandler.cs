using EduRelief.Contracts.SpecialNeeds;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.ListChildren;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.FindPlacedChildren;

internal sealed class FindPlacedChildrenHandler(SpecialNeedsDbContext db, ICallerContext caller) : IRequestHandler<FindPlacedChildrenQuery, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(FindPlacedChildrenQuery request, CancellationToken cancellationToken)
    {
        if (request.NationalIds.Count == 0)
        {
            return [];
        }

        var ids = request.NationalIds.Distinct(StringComparer.Ordinal).ToList();
        var school = ChildRows.InForce(db, request.On).Where(p => p.Mode == PlacementMode.RegularClass || p.Mode == PlacementMode.SpecialSchool || p.Mode == PlacementMode.HomeDelivered);
        return await db.Children.AsNoTracking().InScope(caller.Scope)
            .Where(c => ids.Contains(c.NationalId) && school.Any(p => p.ChildId == c.Id))
            .Select(c => c.NationalId)
            .ToListAsync(cancellationToken);
    }
}
