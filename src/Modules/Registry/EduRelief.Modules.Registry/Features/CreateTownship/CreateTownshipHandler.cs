using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.CreateTownship;

internal sealed class CreateTownshipHandler(RegistryDbContext db, ICallerContext caller, TimeProvider time) : IRequestHandler<CreateTownshipCommand, TownshipDto>
{
    public async Task<TownshipDto> Handle(CreateTownshipCommand request, CancellationToken cancellationToken)
    {
        if (!caller.Scope.All)
        {
            throw new ForbiddenException(new UserText("只有县级工作人员可以新增乡镇", "only county-level staff add townships"));
        }

        var code = request.Code!.Trim();
        if (await db.Townships.AnyAsync(t => t.Code == code, cancellationToken))
        {
            throw new ConflictException("code", new UserText($"乡镇代码 '{code}' 已存在", $"a township with code '{code}' already exists"));
        }

        var township = new Township { Id = TimeOrderedId.Next(time.GetUtcNow()), Code = code, Name = request.Name!.Trim() };
        db.Townships.Add(township);
        await db.SaveChangesAsync(cancellationToken);
        return township.ToDto();
    }
}
