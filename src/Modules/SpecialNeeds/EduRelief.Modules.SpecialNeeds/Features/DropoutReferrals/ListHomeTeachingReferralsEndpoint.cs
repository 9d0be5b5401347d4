using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.DropoutReferrals;

internal sealed class ListHomeTeachingReferralsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/referrals", async Task<IResult> (
                string? townshipCode, string? schoolCode, string? nationalId, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListHomeTeachingReferralsQuery(townshipCode, schoolCode, nationalId, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"送教上门转介-{county.Today:yyyyMMdd}", (writer, token) => mediator.Send(new ExportHomeTeachingReferralsQuery(query, writer), token)) { SheetName = "送教上门转介" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListHomeTeachingReferrals")
        .WithSummary("Home-delivered teaching referrals from dropout cases' return plans (一人一策): children to assess and place; filters townshipCode, schoolCode, nationalId; format=csv|xlsx exports them");
}
