using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.ListProgrammes;

internal sealed class ListProgrammesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/programmes", async (IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new ListProgrammesQuery(), ct)))
        .WithName("ListProgrammes")
        .WithSummary("The policy catalogue with its effective-dated rates");
}
