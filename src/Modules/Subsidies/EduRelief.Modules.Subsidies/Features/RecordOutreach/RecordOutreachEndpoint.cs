using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.RecordOutreach;

internal sealed class RecordOutreachEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/outreach", async (RecordOutreachCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return Results.Created($"/api/subsidies/outreach?id={id}", new { id, command.Date, command.TownshipCode, command.Kind, command.Participants, command.Materials });
        })
        .WithName("RecordOutreach")
        .WithSummary("Record a policy-outreach activity (政策进万家)");
}
