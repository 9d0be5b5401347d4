using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.TeacherSupport.Features.PairSchools;

internal sealed class PairSchoolsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/pairings", async (PairSchoolsCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var pairing = await mediator.Send(command, ct);
            return Results.Created($"/api/teacher-support/pairings?schoolCode={pairing.RuralSchoolCode}", pairing);
        })
        .WithName("PairSchools")
        .WithSummary("Pair an urban school with a rural or remote one (城乡教育共同体) since a day");
}
