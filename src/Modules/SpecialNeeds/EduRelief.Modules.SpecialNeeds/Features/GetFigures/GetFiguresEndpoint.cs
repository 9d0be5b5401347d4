using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.SpecialNeeds;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.GetFigures;

internal sealed class GetFiguresEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapFigures(year => new GetSpecialNeedsFiguresQuery(year))
        .WithName("GetSpecialNeedsFigures")
        .WithSummary("The year's figures: school-age disabled children on the register, placed in a school mode, the enrolment rate with the unplaced named, placements by mode, homes, counselling sessions, children reached");
}
