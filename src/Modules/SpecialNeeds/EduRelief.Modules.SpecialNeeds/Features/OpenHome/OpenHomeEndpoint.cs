using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.OpenHome;

internal sealed class OpenHomeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/homes", async (OpenHomeCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var home = await mediator.Send(command, ct);
            return Results.Created($"/api/special-needs/homes/{home.Code}", home);
        })
        .WithName("OpenChildrenHome")
        .WithSummary("A left-behind children home at a school or in a village, with its counsellors; a code already taken is a 409");
}
