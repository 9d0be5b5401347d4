using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Subsidies.Features.ExportPayments;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.ListPayments;

internal sealed class ListPaymentsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/payments", async Task<IResult> (string? nationalId, string? programmeCode, string? term, int? year, string? status, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListPaymentsQuery(nationalId, programmeCode, term, year, status, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"发放记录-{county.Today:yyyyMMdd}", (writer, token) =>
                    mediator.Send(new ExportPaymentsQuery(query, writer), token)) { SheetName = "发放记录" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListPayments")
        .WithSummary("Awards, filtered by national ID, programme, term, year or status (Reserved: approved, not yet confirmed by the bank; Paid); format=csv|xlsx exports every award of the filter");
}
