using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SpecialNeeds.Features.ListChildren;

internal sealed class ListChildrenEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/children", async Task<IResult> (
            string? townshipCode, string? villageCode, string? category, int? grade, string? name, int? schoolAgeIn, string? placement,
            [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListChildrenQuery(townshipCode, villageCode, category, grade, name, schoolAgeIn, placement, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"残疾儿童名册-{county.Today:yyyyMMdd}", (writer, token) =>
                    mediator.Send(new ExportChildrenQuery(query, writer), token)) { SheetName = "残疾儿童名册" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListDisabledChildren")
        .WithSummary("The register by township, village, category, grade, name, school age in a school year (schoolAgeIn) and placement (School, Unplaced, None or a mode); format=csv|xlsx exports it");
}
