using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.ViewStudent;

internal sealed class ViewStudentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/students/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new ViewStudentQuery(id), ct)))
        .WithName("GetStudent")
        .WithSummary("One student (national ID masked unless you may see it)");
}
