using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.LockUser;

internal sealed class LockUserEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPut("/users/{userName}/lockout", async (string userName, LockUserRequest request, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new LockUserCommand(userName, request.Locked), ct)))
        .WithName("LockUser")
        .WithSummary("Lock a user out, or unlock them (administrators only; never oneself); takes effect on their next request");
}
