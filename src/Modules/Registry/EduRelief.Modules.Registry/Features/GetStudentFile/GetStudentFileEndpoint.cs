using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.GetStudentFile;

internal sealed class GetStudentFileEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/students/{id:guid}/file", async (Guid id, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetStudentFileQuery(id), ct)))
        .WithName("GetStudentFile")
        .WithSummary("The student file (一生一档): profile, history and every entry other modules reported");
}
