using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Reporting.Features.LockYear;
using EduRelief.Modules.Reporting.Features.UnlockYear;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Reporting.Features.GetReportedYear;

internal sealed class YearEndpoints : IEndpoint
{
    public void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/years/{year:int}", async (int year, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new GetReportedYearQuery(year), ct)))
            .WithName("GetReportedYear")
            .WithSummary("Whether the year is locked as reported, by whom and when, the summary as it was locked, and every lock and unlock before");
        group.MapPost("/years/{year:int}/lock", async (int year, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new LockYearCommand(year), ct)))
            .WithName("LockYear")
            .WithSummary("Lock the year as reported (a county officer): the summary is stored as it is now, and the modules refuse writes dated in the year; a second lock is a 409");
        group.MapPost("/years/{year:int}/unlock", async (int year, UnlockYearCommand body, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(body with { Year = year }, ct)))
            .WithName("UnlockYear")
            .WithSummary("Unlock a locked year (an Admin, with {reason}); the lock and the unlock stay in the year's history and the audit log");
    }
}
