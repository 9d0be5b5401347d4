using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Subsidies.Features.GetBatch;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.ApproveBatch;

internal sealed class ApproveBatchEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/batches/{id:guid}/approve", async (Guid id, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(new ApproveBatchCommand(id), ct);
            return Results.Ok(await mediator.Send(GetBatchQuery.FirstPage(id), ct));
        })
        .WithName("ApproveBatch")
        .WithSummary("Approve a draft batch (by someone other than its creator, within the year's budget)");
}
