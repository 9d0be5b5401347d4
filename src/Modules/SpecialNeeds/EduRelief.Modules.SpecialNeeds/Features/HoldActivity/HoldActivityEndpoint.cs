using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.HoldActivity;

internal sealed class HoldActivityEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/homes/{code}/activities", async (string code, HoldActivityCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var activity = await mediator.Send(command with { HomeCode = code }, ct);
            return Results.Created($"/api/special-needs/activities?homeCode={code}", activity);
        })
        .WithName("HoldHomeActivity")
        .WithSummary("A home's activity (FamilyCall 亲情连线, Counselling 心理疏导, Group) with the attached children who took part");
}
