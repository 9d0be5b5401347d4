using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.GetVillage;

internal sealed class GetVillageEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/villages/{code}", async (string code, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetVillageQuery(code), ct)))
        .WithName("GetVillage")
        .WithSummary("One village by its code");
}
