using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Subsidies.Features.ListProgrammes;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.AddRate;

internal sealed class AddRateEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPut("/programmes/{code}/rates", async (string code, AddRateCommand command, IMediator mediator, CancellationToken ct) =>
        {
            await mediator.Send(command with { ProgrammeCode = code }, ct);
            var programmes = await mediator.Send(new ListProgrammesQuery(), ct);
            return Results.Ok(programmes.First(p => string.Equals(p.Code.ToString(), code, StringComparison.OrdinalIgnoreCase)));
        })
        .WithName("AddRate")
        .WithSummary("Add a rate effective from a date (applies to terms that start on or after it)");
}
