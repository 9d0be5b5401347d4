using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Access.Features.Shared;
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
            var command = new CreateUserCommand
            {
                UserName = request.UserName?.Trim(),
                Password = request.Password,
                Access = new UserAccessInput { Roles = request.Roles, Townships = request.Townships, Schools = request.Schools, Modules = request.Modules, Permissions = request.Permissions },
            };
            var user = await mediator.Send(command, ct);
            return Results.Created($"/api/access/users/{user.UserName}", user);
        })
        .WithName("CreateUser")
        .WithSummary("Add a user with roles and township/school scope (administrators only)");
}
