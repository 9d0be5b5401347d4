using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.GetCampaign;

internal sealed class GetCampaignEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/recruitment-campaigns/{code}", async (string code, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetCampaignQuery(code), ct)))
        .WithName("GetCampaign")
        .WithSummary("A recruitment campaign: posts per school, hires, and hires toward the rural plan");
}
