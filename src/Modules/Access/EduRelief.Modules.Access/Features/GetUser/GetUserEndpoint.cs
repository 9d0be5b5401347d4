using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.GetUser;

internal sealed class GetUserEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/users/{userName}", async (string userName, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetUserQuery(userName), ct)))
        .WithName("GetUser")
        .WithSummary("One user with roles and scope (administrators and auditors)");
}
