using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.CreateUser;

internal sealed class CreateUserEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/users", async (CreateUserRequest request, IMediator mediator, CancellationToken ct) =>
        {
            var user = await mediator.Send(request.ToCommand(), ct);
            return Results.Created($"/api/access/users/{user.UserName}", user);
        })
        .WithName("CreateUser")
        .WithSummary("Add a user with roles and township/school scope (administrators only)");
}
