using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.SchoolConstruction.Features.ExportSpending;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.ListSpending;

internal sealed class ListSpendingEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/spending", async Task<IResult> (int? year, string? projectCode, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListSpendingQuery(year, projectCode, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"建设支出-{county.Today:yyyyMMdd}", (writer, token) =>
                    mediator.Send(new ExportSpendingQuery(query, writer), token)) { SheetName = "建设支出" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListSpending")
        .WithSummary("Spending by year and project: the records behind the investment figure; format=csv|xlsx exports every record of the filter");
}
