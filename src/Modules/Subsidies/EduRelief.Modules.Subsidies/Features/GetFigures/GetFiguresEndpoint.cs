using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Subsidies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.GetFigures;

internal sealed class GetFiguresEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapFigures(year => new GetSubsidiesFiguresQuery(year))
        .WithName("GetSubsidiesFigures")
        .WithSummary("The year's figures: aid disbursed and person-times (per programme too), living-subsidy coverage, Rain-Dew person-times, outreach activities and materials");
}
