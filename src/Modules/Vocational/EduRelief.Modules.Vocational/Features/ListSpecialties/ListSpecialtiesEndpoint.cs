using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.ListSpecialties;

internal sealed class ListSpecialtiesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/specialties", async (string? schoolCode, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListSpecialtiesQuery(schoolCode, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListVocationalSpecialties")
        .WithSummary("Specialties by school");
}
