using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.RecordEquipment;

internal sealed class RecordEquipmentEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapPut("/schools/{schoolCode}/equipment", async (string schoolCode, RecordEquipmentCommand command, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(command with { SchoolCode = schoolCode }, ct)))
        .WithName("RecordEquipment")
        .WithSummary("Record a school's equipment as of a day: classrooms, multimedia classrooms (班班通), labs, library volumes, online classrooms (在线课堂)");
}
