using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Vocational.Features.ListInternships;

internal sealed class ListInternshipsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/internships", async Task<IResult> (string? nationalId, string? schoolCode, int? year, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListInternshipsQuery(nationalId, schoolCode, year, paging.PageOrDefault, paging.PageSizeOrDefault);
            return ExportFormats.Parse(format) is { } export
                ? new TableExport(export, $"顶岗实习-{county.Today:yyyyMMdd}", (writer, token) => mediator.Send(new ExportInternshipsQuery(query, writer), token)) { SheetName = "顶岗实习" }
                : Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListInternships")
        .WithSummary("Internships by student, school, and year (running on some day of it); format=csv|xlsx exports it");
}
