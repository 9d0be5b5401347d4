using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.FindUnknownPlaces;

internal sealed class FindUnknownPlacesHandler(RegistryDbContext db) : IRequestHandler<FindUnknownPlacesQuery, UnknownPlaces>
{
    public async Task<UnknownPlaces> Handle(FindUnknownPlacesQuery request, CancellationToken cancellationToken)
    {
        var townships = request.TownshipCodes.Distinct(StringComparer.Ordinal).ToList();
        var schools = request.SchoolCodes.Distinct(StringComparer.Ordinal).ToList();
        var knownTownships = townships.Count == 0
            ? []
            : await db.Townships.AsNoTracking().Where(t => townships.Contains(t.Code)).Select(t => t.Code).ToListAsync(cancellationToken);
        var knownSchools = schools.Count == 0
            ? []
            : await db.Schools.AsNoTracking().Where(s => schools.Contains(s.Code)).Select(s => s.Code).ToListAsync(cancellationToken);
        return new UnknownPlaces(townships.Except(knownTownships, StringComparer.Ordinal).ToList(), schools.Except(knownSchools, StringComparer.Ordinal).ToList());
    }
}
