using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.DropoutReferrals;

internal sealed class ListRouteReferralsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/referrals", async Task<IResult> (
                string? townshipCode, string? schoolCode, string? nationalId, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListRouteReferralsQuery(townshipCode, schoolCode, nationalId, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"职教分流转介-{county.Today:yyyyMMdd}", (writer, token) => mediator.Send(new ExportRouteReferralsQuery(query, writer), token)) { SheetName = "职教分流转介" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListRouteReferrals")
        .WithSummary("Vocational routes from dropout cases' return plans (一人一策): students the vocational school is to reach; filters townshipCode, schoolCode, nationalId; format=csv|xlsx exports them");
}
