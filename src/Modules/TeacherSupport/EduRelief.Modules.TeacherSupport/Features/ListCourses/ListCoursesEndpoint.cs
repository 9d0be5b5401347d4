using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.ListCourses;

internal sealed class ListCoursesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/courses", async (int? year, string? kind, string? code, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListCoursesQuery(year, kind, code, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListCourses")
        .WithSummary("Training courses by year of start, kind or code, with their person-times");
}
