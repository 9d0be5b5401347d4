using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

internal sealed class ListMismatchesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/children/mismatches", async Task<IResult> (string? kind, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListMismatchesQuery(kind, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"名册与学籍比对-{county.Today:yyyyMMdd}", (writer, token) =>
                    mediator.Send(new ExportMismatchesQuery(query, writer), token)) { SheetName = "名册与学籍比对" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListRegisterMismatches")
        .WithSummary("The register matched with the Registry by national ID: students flagged disabled not on the register, entries whose category or grade differs, school-age children with no placement; format=csv|xlsx exports them");
}
