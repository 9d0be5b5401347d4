using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.CreateVillage;

internal sealed class CreateVillageHandler(RegistryDbContext db, ICallerContext caller, TimeProvider time) : IRequestHandler<CreateVillageCommand, VillageResponse>
{
    public async Task<VillageResponse> Handle(CreateVillageCommand request, CancellationToken cancellationToken)
    {
        if (!caller.Scope.All)
        {
            throw new ForbiddenException(new UserText("只有县级工作人员可以新增村", "only county-level staff add villages"));
        }

        var townshipCode = request.TownshipCode!.Trim();
        var township = await db.Townships.FirstOrDefaultAsync(t => t.Code == townshipCode, cancellationToken)
            ?? throw ValidationFailedException.For("townshipCode", RegistryText.NoTownship(townshipCode));
        var code = request.Code!.Trim();
        if (await db.Villages.AnyAsync(v => v.Code == code, cancellationToken))
        {
            throw new ConflictException("code", new UserText($"村代码 '{code}' 已存在", $"a village with code '{code}' already exists"));
        }

        var village = new Village { Id = TimeOrderedId.Next(time.GetUtcNow()), Code = code, Name = request.Name!.Trim(), TownshipId = township.Id };
        db.Villages.Add(village);
        await db.SaveChangesAsync(cancellationToken);
        return new VillageResponse(village.Id, village.Code, village.Name, township.Code);
    }
}
