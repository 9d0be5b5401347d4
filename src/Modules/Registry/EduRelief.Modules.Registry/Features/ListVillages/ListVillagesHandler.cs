using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.ListVillages;

/// <summary>The county's villages: a directory (no one's personal data), so not limited to the caller's scope.</summary>
internal sealed class ListVillagesHandler(RegistryDbContext db) : IRequestHandler<ListVillagesQuery, IReadOnlyList<VillageDto>>
{
    public async Task<IReadOnlyList<VillageDto>> Handle(ListVillagesQuery request, CancellationToken cancellationToken)
    {
        var villages = db.Villages.AsNoTracking()
            .Join(db.Townships, v => v.TownshipId, t => t.Id, (v, t) => new VillageDto { Code = v.Code, Name = v.Name, TownshipCode = t.Code });
        if (request.TownshipCode is { Length: > 0 } township)
        {
            villages = villages.Where(v => v.TownshipCode == township);
        }

        return await villages.OrderBy(v => v.Code).ToListAsync(cancellationToken);
    }
}
