using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.OpenCampaign;

internal sealed class OpenCampaignEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/recruitment-campaigns", async (OpenCampaignCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var campaign = await mediator.Send(command, ct);
            return Results.Created($"/api/teacher-support/recruitment-campaigns/{campaign.Code}", campaign);
        })
        .WithName("OpenCampaign")
        .WithSummary("Open a recruitment campaign of a year with its posts per school");
}
