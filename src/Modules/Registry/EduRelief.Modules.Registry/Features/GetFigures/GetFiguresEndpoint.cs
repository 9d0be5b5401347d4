using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.GetFigures;

internal sealed class GetFiguresEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapFigures(year => new GetRegistryFiguresQuery(year))
        .WithName("GetRegistryFigures")
        .WithSummary("The year's identification figures: students who held any hardship category in the year, and of them those at compulsory-stage schools (the students behind each: /students?hardshipYear=&compulsory=true)");
}
