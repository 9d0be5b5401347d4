using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.ListHomes;

internal sealed class GetHomeEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/homes/{code}", async (string code, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new GetHomeQuery(code), ct)))
        .WithName("GetChildrenHome")
        .WithSummary("One home with its counsellors and children");
}
