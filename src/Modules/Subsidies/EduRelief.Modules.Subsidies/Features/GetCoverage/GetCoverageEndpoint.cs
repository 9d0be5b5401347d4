using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Subsidies.Features.GetCoverage;

internal sealed class GetCoverageEndpoint : IEndpoint
{
    private static readonly string[] UnpaidHeaders = ["身份证号", "姓名", "学校代码", "乡镇代码"];

    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/coverage", async Task<IResult> (int? year, string? programme, string? format, IMediator mediator, CancellationToken ct) =>
        {
            var query = CoverageRequest.Parse(year, programme);
            if (ExportFormats.Parse(format) is { } export)
            {
                // The file is the list to follow up: every eligible student not paid.
                return new TableExport(export, $"应助未助学生-{query.Programme}-{query.Year}", async (writer, token) =>
                {
                    var coverage = await mediator.Send(query, token);
                    await writer.WriteAllAsync(UnpaidHeaders, coverage.Unpaid, s => [s.NationalId, s.Name, s.SchoolCode, s.TownshipCode], token);
                }) { SheetName = "应助未助学生" };
            }

            return Results.Ok(await mediator.Send(query, ct));
        })
        .WithName("GetCoverage")
        .WithSummary("Eligible students, paid students, the rate, and every unpaid eligible student by name; format=csv|xlsx exports the unpaid");
}
