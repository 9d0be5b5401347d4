using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.ListSpending;

internal sealed class ListSpendingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/spending", async (int? year, string? projectCode, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListSpendingQuery(year, projectCode, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListSpending")
        .WithSummary("Spending by year and project: the records behind the investment figure");
}
