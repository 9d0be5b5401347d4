using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.RegisterChild;

internal sealed class RegisterChildEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/children", async (RegisterChildCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var child = await mediator.Send(command, ct);
            return Results.Created($"/api/special-needs/children/{child.Id}", child);
        })
        .WithName("RegisterDisabledChild")
        .WithSummary("Put a school-age disabled child from the federation's list on the register; a national ID already there is a 409");
}
