using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.ListTownships;

internal sealed class ListTownshipsHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<ListTownshipsQuery, IReadOnlyList<TownshipDto>>
{
    public async Task<IReadOnlyList<TownshipDto>> Handle(ListTownshipsQuery request, CancellationToken cancellationToken)
    {
        var townships = db.Townships.AsNoTracking();
        if (!caller.Scope.All)
        {
            // A township is visible when it is in scope itself or holds a school that is.
            var visible = db.Schools.InScope(caller.Scope).Select(s => s.TownshipId);
            var codes = caller.Scope.TownshipCodes.ToList();
            townships = townships.Where(t => codes.Contains(t.Code) || visible.Contains(t.Id));
        }

        var list = await townships.OrderBy(t => t.Code).ToListAsync(cancellationToken);
        return list.Select(t => t.ToDto()).ToList();
    }
}
