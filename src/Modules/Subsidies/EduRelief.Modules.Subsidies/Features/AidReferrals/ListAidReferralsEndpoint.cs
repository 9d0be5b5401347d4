using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.AidReferrals;

internal sealed class ListAidReferralsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/referrals", async (string? townshipCode, string? schoolCode, string? nationalId, string? review, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListAidReferralsQuery(townshipCode, schoolCode, nationalId, review, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListAidReferrals")
        .WithSummary("Aid referrals from dropout cases' return plans (一人一策): a student's eligibility, an exclusion to review or an outreach visit; filters townshipCode, schoolCode, nationalId, review");
}
