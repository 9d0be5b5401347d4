using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.SchoolConstruction.Features.ExportFacilities;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.SchoolConstruction.Features.ListFacilities;

internal sealed class ListFacilitiesEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/facilities", async Task<IResult> (string? townshipCode, bool? noEquipment, bool? dGrade, [AsParameters] PageParameters paging, string? format, IMediator mediator, CountyClock county, CancellationToken ct) =>
        {
            var query = new ListFacilitiesQuery(townshipCode, noEquipment, dGrade, paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                return new TableExport(export, $"学校设施台账-{county.Today:yyyyMMdd}", (writer, token) =>
                    mediator.Send(new ExportFacilitiesQuery(query, writer), token)) { SheetName = "学校设施台账" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("ListFacilities")
        .WithSummary("The facilities ledger per school (school-construction:facilities-refresh); noEquipment=true the schools with no equipment recorded; format=csv|xlsx exports every row of the filter");
}
