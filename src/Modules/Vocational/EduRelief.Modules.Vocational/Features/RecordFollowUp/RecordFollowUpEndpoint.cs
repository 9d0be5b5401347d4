using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.RecordFollowUp;

internal sealed class RecordFollowUpEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/follow-ups", async (RecordFollowUpCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command, ct)))
        .WithName("RecordGraduateFollowUp")
        .WithSummary("The six-month follow-up of a graduate; before graduation (or of a student not graduated) is a 400");
}
