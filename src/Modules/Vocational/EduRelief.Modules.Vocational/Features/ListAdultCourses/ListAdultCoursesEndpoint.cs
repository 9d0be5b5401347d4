using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

internal sealed class ListAdultCoursesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/adult-courses", async (string? townshipCode, int? year, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListAdultCoursesQuery(townshipCode, year, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListAdultCourses")
        .WithSummary("Adult skills courses by township and the year they start, with trainees and certificates");
}
