using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using MediatR;

namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

/// <summary>Townships, villages and schools named by a request, from the Registry's contracts: unknown is a 400 naming the field, outside the caller's scope a 404.</summary>
internal static class PlaceLookup
{
    public static async Task<PlacedSchool> RequireSchoolAsync(this IMediator mediator, string field, string code, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim();
        var school = await mediator.Send(new GetSchoolQuery { SchoolCode = trimmed }, cancellationToken)
            ?? throw ValidationFailedException.For(field, SpecialNeedsText.NoSchool(trimmed));
        return PlacedSchool.Of(school);
    }

    /// <summary>The township, checked known and in the caller's scope, and the village, checked to be of that township.</summary>
    public static async Task RequireTownshipAndVillageAsync(this IMediator mediator, string townshipCode, string? villageCode, ICallerContext caller, CancellationToken cancellationToken)
    {
        var unknown = await mediator.Send(new FindUnknownPlacesQuery([townshipCode], []), cancellationToken);
        if (unknown.TownshipCodes.Count > 0)
        {
            throw ValidationFailedException.For("townshipCode", SpecialNeedsText.NoTownship(townshipCode));
        }

        if (!caller.Scope.IncludesTownship(townshipCode))
        {
            throw new OutOfScopeException("Township", townshipCode);
        }

        if (villageCode is not null)
        {
            var village = await mediator.RequireVillageAsync("villageCode", villageCode, cancellationToken);
            if (village.TownshipCode != townshipCode)
            {
                throw ValidationFailedException.For("villageCode", SpecialNeedsText.VillageElsewhere(villageCode, village.TownshipCode));
            }
        }
    }

    public static async Task<VillageDto> RequireVillageAsync(this IMediator mediator, string field, string code, CancellationToken cancellationToken)
    {
        var villages = await mediator.Send(new ListVillagesQuery(), cancellationToken);
        return villages.FirstOrDefault(v => v.Code == code) ?? throw ValidationFailedException.For(field, SpecialNeedsText.NoVillage(code));
    }
}
