using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.ListEnrolments;

internal sealed class ListEnrolmentsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/enrolments", async (
                string? nationalId, string? specialtyCode, string? schoolCode, string? orderClassCode, int? enrolledIn, bool? poor, int? graduatedIn, bool? employed, bool? active,
                [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(
                new ListEnrolmentsQuery(nationalId, specialtyCode, schoolCode, orderClassCode, enrolledIn, poor, graduatedIn, employed, active, paging.PageOrDefault, paging.PageSizeOrDefault), ct)))
        .WithName("ListVocationalEnrolments")
        .WithSummary("Enrolments; enrolledIn=Y&poor=true are the poor-household enrolments of Y, graduatedIn=Y the graduates, &employed=true the employed");
}
