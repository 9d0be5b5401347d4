using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.PlaceInOrderClass;

internal sealed class PlaceInOrderClassEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/order-classes/{code}/students", async (string code, PlaceInOrderClassCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { OrderClassCode = code }, ct)))
        .WithName("PlaceInOrderClass")
        .WithSummary("Place an enrolled student in the class; a student already in a class, or a class with every place taken, is a 409");
}
