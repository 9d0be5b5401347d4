using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.ListInternships;

internal sealed class ListInternshipsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/internships", async (string? nationalId, string? schoolCode, int? year, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListInternshipsQuery(nationalId, schoolCode, year, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListInternships")
        .WithSummary("Internships by student, school, and year (running on some day of it)");
}
