using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.SchoolConstruction;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.GetFigures;

internal sealed class GetFiguresEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapFigures(year => new GetConstructionFiguresQuery(year))
        .WithName("GetConstructionFigures")
        .WithSummary("The year's figures: investment, schools built or expanded, seats added, D-grade area with the buildings, 班班通 coverage of rural and remote schools with the uncovered classrooms, online classrooms");
}
