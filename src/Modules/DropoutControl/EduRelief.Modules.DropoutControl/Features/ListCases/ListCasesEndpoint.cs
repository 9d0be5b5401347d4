using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.DropoutControl.Features.ExportCases;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.ListCases;

internal sealed class ListCasesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/cases", async Task<IResult> (
                string? status, string? townshipCode, string? schoolCode, bool? overdue, string? nationalId, [AsParameters] PageParameters paging, string? format,
                IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListCasesQuery(status, townshipCode, schoolCode, overdue, nationalId, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"控辍保学台账-{county.Today:yyyyMMdd}", (writer, token) => mediator.Send(new ExportCasesQuery(query, writer), token)) { SheetName = "控辍保学台账" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListDropoutCases")
        .WithSummary("Dropout cases by status (stage), townshipCode, schoolCode, nationalId, overdue (past the notice's return-by date, not yet back); format=csv|xlsx exports them");
        group.MapGet("/cases/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => Results.Ok(await mediator.Send(new GetCaseQuery(id), ct)))
        .WithName("GetDropoutCase")
        .WithSummary("One case with its owners (history included), persuasion attempts and steps");
    }
}
