using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.DynamicZero;

internal sealed class GetDynamicZeroEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/dynamic-zero", async (IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new GetDynamicZeroQuery(), ct)))
        .WithName("GetDynamicZero")
        .WithSummary("Dynamic zero (动态清零): open Confirmed cases (Confirmed or Persuading) per township and for the county, and whether each is at zero; within the caller's scope");
}
