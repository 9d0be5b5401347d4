using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.RegisterStudent;

internal sealed class RegisterStudentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/students", async (RegisterStudentCommand command, IMediator mediator, ICallerContext caller, CountyClock county, CancellationToken ct) =>
        {
            var student = await mediator.Send(command, ct);
            return Results.Created($"/api/registry/students/{student.Id}", student.MaskedFor(caller, county));
        })
        .WithName("RegisterStudent")
        .WithSummary("Register one student: opens the student file (一生一档)");
}
