using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Errors;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.GetStudent;

internal sealed class GetStudentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/students/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetStudentQuery { StudentId = id }, ct) ?? throw new NotFoundException("Student", id.ToString())))
        .WithName("GetStudent")
        .WithSummary("One student");
}
