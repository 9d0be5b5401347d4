using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Subsidies.Features.GetBatch;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.ExcludeStudent;

internal sealed class ExcludeStudentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/batches/{id:guid}/exclusions", async (Guid id, ExcludeStudentCommand command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command with { BatchId = id }, ct);
            return Results.Ok(await mediator.Send(GetBatchQuery.FirstPage(id), ct));
        })
        .WithName("ExcludeStudent")
        .WithSummary("Take a student out of a draft batch, with the reason");
}
