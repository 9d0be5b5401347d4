using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.AidReferrals;

internal sealed class ListAidReferralsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/referrals", async Task<IResult> (
                string? townshipCode, string? schoolCode, string? nationalId, string? review, [AsParameters] PageParameters paging, string? format,
                IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListAidReferralsQuery(townshipCode, schoolCode, nationalId, review, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"劝返资助转介-{county.Today:yyyyMMdd}", (writer, token) => mediator.Send(new ExportAidReferralsQuery(query, writer), token)) { SheetName = "劝返资助转介" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListAidReferrals")
        .WithSummary("Aid referrals from dropout cases' return plans (一人一策): a student's eligibility, an exclusion to review or an outreach visit; filters townshipCode, schoolCode, nationalId, review; format=csv|xlsx exports them");
}
