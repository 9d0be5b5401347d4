using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.ListOrderClasses;

internal sealed class ListOrderClassesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/order-classes", async Task<IResult> (int? year, string? specialtyCode, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListOrderClassesQuery(year, specialtyCode, paging.PageOrDefault, paging.PageSizeOrDefault);
            return ExportFormats.Parse(format) is { } export
                ? new TableExport(export, $"订单班-{county.Today:yyyyMMdd}", (writer, token) => mediator.Send(new ExportOrderClassesQuery(query, writer), token)) { SheetName = "订单班" }
                : Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListOrderClasses")
        .WithSummary("Order-based classes by year and specialty, with places and students placed; format=csv|xlsx exports it");
}
