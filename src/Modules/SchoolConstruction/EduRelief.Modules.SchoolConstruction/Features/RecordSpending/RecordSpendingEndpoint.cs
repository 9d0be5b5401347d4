using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.RecordSpending;

internal sealed class RecordSpendingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/projects/{code}/spending", async (string code, RecordSpendingCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var spending = await mediator.Send(command with { Code = code }, ct);
            return Results.Created($"/api/school-construction/projects/{code}", spending);
        })
        .WithName("RecordSpending")
        .WithSummary("Record money spent on a project; beyond the current budget is a 409 until the budget is revised");
}
