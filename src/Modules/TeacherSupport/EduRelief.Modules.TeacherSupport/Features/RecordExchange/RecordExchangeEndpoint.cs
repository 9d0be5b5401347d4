using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.RecordExchange;

internal sealed class RecordExchangeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/pairings/{id:guid}/exchanges", async (Guid id, RecordExchangeCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var exchange = await mediator.Send(command with { PairingId = id }, ct);
            return Results.Created($"/api/teacher-support/pairings?schoolCode={exchange.To}", exchange);
        })
        .WithName("RecordExchange")
        .WithSummary("Record a teacher sent from one school of the pair to the other, with dates");
}
