using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Access.Features.ListAuditEntries;

internal sealed class ListAuditEntriesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/audit", async (string? user, string? module, string? record, DateOnly? from, DateOnly? to, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(
                new ListAuditEntriesQuery { User = user, Module = module, Record = record, From = from, To = to, Page = paging.PageOrDefault, PageSize = paging.PageSizeOrDefault },
                ct)))
        .WithName("ListAuditEntries")
        .WithSummary("The audit log (auditors and administrators)");
}
