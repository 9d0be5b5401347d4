using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.ListOrderClasses;

internal sealed class ListOrderClassesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/order-classes", async (int? year, string? specialtyCode, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ListOrderClassesQuery(year, specialtyCode, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListOrderClasses")
        .WithSummary("Order-based classes by year and specialty, with places and students placed");
}
