using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Vocational;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.GetFigures;

internal sealed class GetFiguresEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapFigures(year => new GetVocationalFiguresQuery(year))
        .WithName("GetVocationalFigures")
        .WithSummary("The year's figures: poor-household enrolments, order-based places, graduates, employed, employment rate, adult trainees and certificates");
}
