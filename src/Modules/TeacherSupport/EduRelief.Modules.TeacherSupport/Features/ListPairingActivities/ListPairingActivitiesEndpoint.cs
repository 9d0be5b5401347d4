using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.ListPairingActivities;

internal sealed class ListPairingActivitiesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/pairing-activities", async (int? year, Guid? pairingId, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListPairingActivitiesQuery(year, pairingId, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListPairingActivities")
        .WithSummary("Activities of the pairs in a year, or of one pair: the records behind pairingActivities");
}
