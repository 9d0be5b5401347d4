using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.RecordDeparture;

internal sealed class RecordDepartureEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/teachers/{id:guid}/departure", async (Guid id, RecordDepartureCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { TeacherId = id }, ct)))
        .WithName("RecordTeacherDeparture")
        .WithSummary("A teacher leaves the county's service (retired, resigned, transferred out): the last posting ends on lastDay and no later allowance month is paid; the history is kept");
}
