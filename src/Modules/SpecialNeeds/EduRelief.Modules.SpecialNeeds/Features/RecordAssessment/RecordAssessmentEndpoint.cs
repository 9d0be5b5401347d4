using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.RecordAssessment;

internal sealed class RecordAssessmentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/assessments", async (RecordAssessmentCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var assessment = await mediator.Send(command, ct);
            return Results.Created($"/api/special-needs/children/{assessment.ChildId}", assessment);
        })
        .WithName("RecordAssessment")
        .WithSummary("The expert committee's assessment of a child on the register: date, category, grade, body and the placement it recommends (private)");
}
