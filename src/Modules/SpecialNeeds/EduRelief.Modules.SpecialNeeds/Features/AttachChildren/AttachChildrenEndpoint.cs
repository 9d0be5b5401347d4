using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.AttachChildren;

internal sealed class AttachChildrenEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/homes/{code}/children", async (string code, AttachChildrenCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { HomeCode = code }, ct)))
        .WithName("AttachChildrenToHome")
        .WithSummary("Attach registered students flagged left-behind to a home; any other is refused with the reason and none is attached");
}
