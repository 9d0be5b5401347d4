using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.GetBatch;

internal sealed class GetBatchEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/batches/{id:guid}", async (Guid id, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetBatchQuery(id, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("GetBatch")
        .WithSummary("A batch with its lines (student, amount, rule, status)");
}
