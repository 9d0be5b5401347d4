using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.DropoutControl.Features.ListRisk;

internal sealed class ListRiskEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/risk", async Task<IResult> (
            string? schoolCode, string? townshipCode, string? signal, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListRiskQuery(schoolCode, townshipCode, signal, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"辍学风险-{county.Today:yyyyMMdd}", (writer, token) =>
                    mediator.Send(new ExportRiskQuery(query, writer), token)) { SheetName = "辍学风险" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListDropoutRisk")
        .WithSummary("Compulsory-stage students by dropout risk score, highest first, with the signals behind each, by schoolCode, townshipCode and signal; format=csv|xlsx exports it");
}
