using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.AddSpecialty;

internal sealed class AddSpecialtyEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/specialties", async (AddSpecialtyCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var specialty = await mediator.Send(command, ct);
            return Results.Created($"/api/vocational/specialties?code={specialty.Code}", specialty);
        })
        .WithName("AddVocationalSpecialty")
        .WithSummary("A specialty at a secondary vocational school of the Registry; another stage's school is a 400, a code already taken a 409");
}
