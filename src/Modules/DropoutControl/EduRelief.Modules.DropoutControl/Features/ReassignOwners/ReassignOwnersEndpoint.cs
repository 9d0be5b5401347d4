using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.ReassignOwners;

internal sealed class ReassignOwnersEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPut("/cases/{id:guid}/owners", async (Guid id, ReassignOwnersCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { CaseId = id }, ct)))
        .WithName("ReassignDropoutCaseOwners")
        .WithSummary("New owners {on, owners:{government:{…}, education:{…}}} for the roles named; the replaced owners are kept as history");
}
