using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.OpenCase;

internal sealed class OpenCaseEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/cases", async (OpenCaseCommand command, IMediator mediator, CancellationToken ct) =>
        {
            var opened = await mediator.Send(command, ct);
            return Results.Created($"/api/dropout-control/cases/{opened.Id}", opened);
        })
        .WithName("OpenDropoutCase")
        .WithSummary("A dropout case for a compulsory-age student with all six owners on two lines (双线四级); a second open case for the student is a 409");
}
