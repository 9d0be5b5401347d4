using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Subsidies.Features.GetBatch;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.RebuildBatch;

internal sealed class RebuildBatchEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/batches/{id:guid}/rebuild", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new RebuildBatchCommand(id), ct);
            return Results.Ok(await mediator.Send(GetBatchQuery.FirstPage(id), ct));
        })
        .WithName("RebuildBatch")
        .WithSummary("Recompute a draft batch from the registry, keeping its exclusions");
}
