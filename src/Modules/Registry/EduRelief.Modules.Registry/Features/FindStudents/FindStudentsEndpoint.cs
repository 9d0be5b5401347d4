using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.FindStudents;

internal sealed class FindStudentsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/students", async ([AsParameters] StudentListParameters filter, [AsParameters] PageParameters paging, IMediator mediator, ICallerContext caller, CountyClock county, CancellationToken ct) =>
        {
            var query = filter.ToQuery(paging.PageOrDefault, paging.PageSizeOrDefault);
            return Results.Ok((await mediator.Send(query, ct)).MaskedFor(caller, county));
        })
        .WithName("FindStudents")
        .WithSummary("List students; filter by national ID, school, township, stage, category, left-behind, disabled, status");
}
