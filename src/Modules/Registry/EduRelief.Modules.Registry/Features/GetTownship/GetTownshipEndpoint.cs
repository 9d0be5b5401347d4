using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.GetTownship;

internal sealed class GetTownshipEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/townships/{code}", async (string code, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetTownshipQuery(code), ct)))
        .WithName("GetTownship")
        .WithSummary("One township by its code");
}
