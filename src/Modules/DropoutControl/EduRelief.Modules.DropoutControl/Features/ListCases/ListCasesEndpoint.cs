using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.ListCases;

internal sealed class ListCasesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/cases", async (string? status, string? townshipCode, string? schoolCode, bool? overdue, string? nationalId, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListCasesQuery(status, townshipCode, schoolCode, overdue, nationalId, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListDropoutCases")
        .WithSummary("Dropout cases by status (stage), townshipCode, schoolCode, nationalId, overdue (past the notice's return-by date, not yet back)");
        group.MapGet("/cases/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new GetCaseQuery(id), ct)))
        .WithName("GetDropoutCase")
        .WithSummary("One case with its owners (history included), persuasion attempts and steps");
    }
}
