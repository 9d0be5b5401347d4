using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.SetAllowanceTiers;

internal sealed class SetAllowanceTiersEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPut("/allowance-tiers", async (SetAllowanceTiersCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command, ct)))
        .WithName("SetAllowanceTiers")
        .WithSummary("Set the rural living allowance from a day: monthly yuan per location (Rural, Remote) or for named schools; an open tier of the same schools ends the day before, an overlap is a 409");
}
