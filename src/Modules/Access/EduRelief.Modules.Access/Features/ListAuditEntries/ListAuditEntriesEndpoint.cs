using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Access.Features.ExportAuditEntries;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.ListAuditEntries;

internal sealed class ListAuditEntriesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/audit", async Task<IResult> (string? user, string? module, string? record, DateOnly? from, DateOnly? to, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListAuditEntriesQuery { User = user, Module = module, Record = record, From = from, To = to, Page = paging.PageOrDefault, PageSize = paging.PageSizeOrDefault };
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"审计日志-{county.Today:yyyyMMdd}", (writer, token) =>
                    mediator.Send(new ExportAuditEntriesQuery(query, writer), token)) { SheetName = "审计日志" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListAuditEntries")
        .WithSummary("The audit log (auditors and administrators); format=csv|xlsx exports every entry of the filter");
}
