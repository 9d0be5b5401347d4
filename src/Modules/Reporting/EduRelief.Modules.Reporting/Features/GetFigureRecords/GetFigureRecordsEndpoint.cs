using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Reporting;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Reporting.Features.GetFigureRecords;

internal sealed class GetFigureRecordsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/figures/{key}/records", async Task<IResult> (string key, int? year, string? format, [AsParameters] PageParameters paging, IMediator mediator, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            if (year is null)
            {
                errors.Missing("year");
            }

            paging.Validate(errors);
            errors.ThrowIfAny();
            var export = ExportFormats.Parse(format);
            var figure = await mediator.Send(new GetFigureRecordsQuery(key, year!.Value), ct);
            if (export is not { } chosen)
            {
                return Results.Ok(FigureRecordsPage.Of(figure, paging.PageOrDefault, paging.PageSizeOrDefault));
            }

            return new TableExport(chosen, $"{figure.Year}年{figure.Label}-明细", (writer, token) => writer.WriteAllAsync(
                figure.Records.Columns.Select(c => c.Label).ToList(), figure.Records.Rows, RecordCells.Of, token)) { SheetName = "明细" };
        })
        .WithName("GetFigureRecords")
        .WithSummary("Exactly the records one summary figure counts (students, awards, projects, cases, attendances…), in the caller's scope with IDs masked as Access says; the tally says how they make the figure; format=csv|xlsx with Chinese headers");
}
