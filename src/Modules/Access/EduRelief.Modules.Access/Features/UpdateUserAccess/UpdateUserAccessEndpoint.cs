using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Access.Features.Shared;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.UpdateUserAccess;

internal sealed class UpdateUserAccessEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPut("/users/{userName}/access", async (string userName, UserAccessInput access, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new UpdateUserAccessCommand(userName, access), ct)))
        .WithName("UpdateUserAccess")
        .WithSummary("Replace a user's roles and scope (administrators only; never one's own)");
}
