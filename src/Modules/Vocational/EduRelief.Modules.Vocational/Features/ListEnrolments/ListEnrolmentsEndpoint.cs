using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.ListEnrolments;

internal sealed class ListEnrolmentsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/enrolments", async Task<IResult> (
                string? nationalId, string? specialtyCode, string? schoolCode, string? orderClassCode, int? enrolledIn, bool? poor, int? graduatedIn, bool? employed, string? outcome, bool? hasOutcome, bool? active,
                [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListEnrolmentsQuery(nationalId, specialtyCode, schoolCode, orderClassCode, enrolledIn, poor, graduatedIn, employed, active, paging.PageOrDefault, paging.PageSizeOrDefault)
            {
                Outcome = outcome, HasOutcome = hasOutcome,
            };
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"中职学生-{county.Today:yyyyMMdd}", (writer, token) => mediator.Send(new ExportEnrolmentsQuery(query, writer), token)) { SheetName = "中职学生" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListVocationalEnrolments")
        .WithSummary("Enrolments; enrolledIn=Y&poor=true are the poor-household enrolments of Y, graduatedIn=Y the graduates, &employed=true the employed, &hasOutcome=true those with an outcome, &outcome= those of one; format=csv|xlsx exports it");
}
