using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.ListUsers;

internal sealed class ListUsersEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/users", async (IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new ListUsersQuery(), ct)))
        .WithName("ListUsers")
        .WithSummary("Every user with roles and scope (administrators and auditors)");
}
