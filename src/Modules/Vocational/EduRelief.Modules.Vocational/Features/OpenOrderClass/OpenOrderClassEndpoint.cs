using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.OpenOrderClass;

internal sealed class OpenOrderClassEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/order-classes", async (OpenOrderClassCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var orderClass = await mediator.Send(command, ct);
            return Results.Created($"/api/vocational/order-classes/{orderClass.Code}", orderClass);
        })
        .WithName("OpenOrderClass")
        .WithSummary("An order-based class of a specialty for an employer committing to hire a number of places; a code already taken is a 409");
}
