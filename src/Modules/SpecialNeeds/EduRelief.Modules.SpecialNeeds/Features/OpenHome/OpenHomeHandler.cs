using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SpecialNeeds.Features.OpenHome;

internal sealed class OpenHomeHandler(SpecialNeedsDbContext db, IMediator mediator, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<OpenHomeCommand, HomeResponse>
{
    public async Task<HomeResponse> Handle(OpenHomeCommand request, CancellationToken cancellationToken)
    {
        var code = request.Code!.Trim();
        string? schoolCode = null;
        string? villageCode = null;
        string township;
        if (SpecialNeedsInput.Blank(request.SchoolCode) is { } school)
        {
            var placed = await mediator.RequireSchoolAsync("schoolCode", school, cancellationToken);
            (schoolCode, township) = (placed.Code, placed.TownshipCode);
        }
        else
        {
            var village = await mediator.RequireVillageAsync("villageCode", request.VillageCode!.Trim(), cancellationToken);
            (villageCode, township) = (village.Code, village.TownshipCode);
        }

        var counsellors = request.Counsellors!.Select(c => c!.Trim()).Distinct(StringComparer.Ordinal);
        var home = ChildrenHome.Open(TimeOrderedId.Next(time.GetUtcNow()), code, request.Name!.Trim(), schoolCode, villageCode, township, counsellors, request.OpenedOn!.Value, county.Today)
            .EnsureInScope(caller.Scope, "ChildrenHome", code);
        db.Homes.Add(home);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            throw new ConflictException("code", SpecialNeedsText.CodeTaken(code));
        }

        return HomeResponse.Of(home, caller);
    }
}
