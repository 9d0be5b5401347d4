using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.ListFacilities;

internal sealed class ListFacilitiesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/facilities", async (string? townshipCode, bool? noEquipment, bool? dGrade, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListFacilitiesQuery(townshipCode, noEquipment, dGrade, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListFacilities")
        .WithSummary("The facilities ledger per school (school-construction:facilities-refresh); noEquipment=true the schools with no equipment recorded");
}
