using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.SetBudget;

internal sealed class SetBudgetEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPut("/programmes/{code}/budgets/{year:int}", async (string code, int year, SetBudgetCommand command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command with { ProgrammeCode = code, Year = year }, ct);
            return Results.Ok(new { programmeCode = code, year, amount = command.Amount });
        })
        .WithName("SetBudget")
        .WithSummary("Set a programme's budget for a year; approvals that would exceed it are refused");
}
