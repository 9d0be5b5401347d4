using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.ListAdultCourses;

internal sealed class ListTraineesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/adult-courses/{code}/trainees", async (string code, bool? certified, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListTraineesQuery(code, null, certified, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListCourseTrainees")
        .WithSummary("The trainees of one course");
        group.MapGet("/adult-trainees", async (int? year, bool? certified, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListTraineesQuery(null, year, certified, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListAdultTrainees")
        .WithSummary("Trainees of the courses starting in a year (adultTrainees); certified=true those with a certificate (certificates)");
    }
}
