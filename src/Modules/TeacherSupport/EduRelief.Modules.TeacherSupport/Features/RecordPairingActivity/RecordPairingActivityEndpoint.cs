using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.RecordPairingActivity;

internal sealed class RecordPairingActivityEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/pairings/{id:guid}/activities", async (Guid id, RecordPairingActivityCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var activity = await mediator.Send(command with { PairingId = id }, ct);
            return Results.Created($"/api/teacher-support/pairing-activities?pairingId={id}", activity);
        })
        .WithName("RecordPairingActivity")
        .WithSummary("Record a pair's activity (TeacherExchange, TeachingResearch, OpenClass, SendTeaching) on a day, not before the pair existed");
}
