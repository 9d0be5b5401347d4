using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.CreateVillage;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetVillage;

internal sealed class GetVillageHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<GetVillageQuery, VillageResponse>
{
    public async Task<VillageResponse> Handle(GetVillageQuery request, CancellationToken cancellationToken)
    {
        var found = await db.Villages.AsNoTracking()
            .Where(v => v.Code == request.Code)
            .Join(db.Townships, v => v.TownshipId, t => t.Id, (v, t) => new VillageResponse(v.Id, v.Code, v.Name, t.Code))
            .FirstOrDefaultAsync(cancellationToken);
        return found is not null && caller.Scope.IncludesTownship(found.TownshipCode)
            ? found
            : throw new NotFoundException("Village", request.Code);
    }
}
