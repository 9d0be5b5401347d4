using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.GetChild;

internal sealed class GetChildEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/children/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new GetChildQuery(id), ct)))
        .WithName("GetDisabledChild")
        .WithSummary("A child on the register with its assessments (details only for SpecialNeeds staff, county officers and auditors) and its plans");
}
