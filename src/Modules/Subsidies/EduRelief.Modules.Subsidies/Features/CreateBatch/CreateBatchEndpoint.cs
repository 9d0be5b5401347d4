using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Subsidies.Features.GetBatch;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.CreateBatch;

internal sealed class CreateBatchEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/batches", async (CreateBatchCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return Results.Created($"/api/subsidies/batches/{id}", await mediator.Send(GetBatchQuery.FirstPage(id), ct));
        })
        .WithName("CreateBatch")
        .WithSummary("Compute a draft batch of a programme for a term from the registry");
}
