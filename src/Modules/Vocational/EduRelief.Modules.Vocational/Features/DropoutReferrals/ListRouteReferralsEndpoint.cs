using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

internal sealed class ListRouteReferralsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/referrals", async (string? townshipCode, string? schoolCode, string? nationalId, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListRouteReferralsQuery(townshipCode, schoolCode, nationalId, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListRouteReferrals")
        .WithSummary("Vocational routes from dropout cases' return plans (一人一策): students the vocational school is to reach; filters townshipCode, schoolCode, nationalId");
}
