using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.Me;

internal sealed class MeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/me", (ICallerContext caller) =>
        {
            var scope = caller.Scope;
            return TypedResults.Ok(new MeResponse(
                caller.UserName,
                caller.Roles.Order(StringComparer.Ordinal).ToList(),
                scope.All,
                scope.TownshipCodes.Order(StringComparer.Ordinal).ToList(),
                scope.SchoolCodes.Order(StringComparer.Ordinal).ToList(),
                caller.CanSeeFullNationalIds));
        })
        .WithName("Me")
        .WithSummary("Who am I: roles and the townships and schools I may see");
}
