using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.ListAllowanceTiers;

internal sealed class ListAllowanceTiersEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/allowance-tiers", async (IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListAllowanceTiersQuery(), ct)))
        .WithName("ListAllowanceTiers")
        .WithSummary("Every rural living allowance tier with its dates");
}
