using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.TeacherSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.GetFigures;

internal sealed class GetFiguresEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapFigures(year => new GetTeacherFiguresQuery(year))
        .WithName("GetTeacherFigures")
        .WithSummary("The year's figures: teachers recruited (of them to rural or remote schools), training person-times, pairing activities (per pair too), allowance paid");
}
