using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.ListBatches;

internal sealed class ListBatchesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/batches", async (string? programmeCode, string? term, int? year, string? status, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListBatchesQuery(programmeCode, term, year, status, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListBatches")
        .WithSummary("Batches (without their lines), by programme, term, year or status, newest term first");
}
