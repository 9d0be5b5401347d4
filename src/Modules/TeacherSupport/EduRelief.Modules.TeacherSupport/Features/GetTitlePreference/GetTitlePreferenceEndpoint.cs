using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.GetTitlePreference;

internal sealed class GetTitlePreferenceEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/title-preference", async (int? minRuralYears, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetTitlePreferenceQuery(minRuralYears ?? GetTitlePreferenceQuery.DefaultMinRuralYears, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("GetTitlePreference")
        .WithSummary("Teachers eligible for the rural title-evaluation preference: at least minRuralYears (default 10) years of rural service, with their years");
}
