using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.ListBuildings;

internal sealed class ListBuildingsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/buildings", async (string? schoolCode, string? townshipCode, string? grade, bool? dList, bool? overdue, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListBuildingsQuery(schoolCode, townshipCode, grade, dList, overdue, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListBuildings")
        .WithSummary("School buildings by school, township and latest grade; dList=true the D list, overdue=true those whose appraisal is past due");
}
