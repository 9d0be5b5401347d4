using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.DropoutReferrals;

internal sealed class ListHomeTeachingReferralsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/referrals", async (string? townshipCode, string? schoolCode, string? nationalId, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListHomeTeachingReferralsQuery(townshipCode, schoolCode, nationalId, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListHomeTeachingReferrals")
        .WithSummary("Home-delivered teaching referrals from dropout cases' return plans (一人一策): children to assess and place; filters townshipCode, schoolCode, nationalId");
}
