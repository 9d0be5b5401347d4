using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.DropoutControl;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.GetFigures;

internal sealed class GetFiguresEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group)
    {
        group.MapFigures(year => new GetDropoutFiguresQuery(year))
        .WithName("GetDropoutFigures")
        .WithSummary("The year's figures: persuaded returns, open confirmed cases, the consolidation rate with its numerator (droppedNotReturned) and denominator (enrolledAtStart)");
        group.MapGet("/figures/records", async (int? year, string? figure, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListFigureRecordsQuery(year, figure, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListDropoutFigureRecords")
        .WithSummary("The students behind one figure: figure ∈ PersuadedReturns, OpenConfirmed, EnrolledAtStart, DroppedNotReturned");
    }
}
