using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.ListTownships;

internal sealed class ListTownshipsHandler(RegistryDbContext db) : IRequestHandler<ListTownshipsQuery, IReadOnlyList<TownshipDto>>
{
    public async Task<IReadOnlyList<TownshipDto>> Handle(ListTownshipsQuery request, CancellationToken cancellationToken)
    {
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
        return townships.Select(t => t.ToDto()).ToList();
    }
}
