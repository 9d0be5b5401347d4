using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetTownship;

internal sealed class GetTownshipHandler(RegistryDbContext db, ICallerContext caller) : IRequestHandler<GetTownshipQuery, TownshipDto>
{
    public async Task<TownshipDto> Handle(GetTownshipQuery request, CancellationToken cancellationToken)
    {
        var township = await db.Townships.AsNoTracking().FirstOrDefaultAsync(t => t.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException("Township", request.Code);

        // Visible as in the township list: in scope itself, or holding a school that is.
        if (!caller.Scope.IncludesTownship(township.Code)
            && !await db.Schools.InScope(caller.Scope).AnyAsync(s => s.TownshipId == township.Id, cancellationToken))
        {
            throw new OutOfScopeException("Township", township.Code);
        }

        return township.ToDto();
    }
}
