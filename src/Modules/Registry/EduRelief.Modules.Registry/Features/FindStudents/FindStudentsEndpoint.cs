using EduRelief.BuildingBlocks.Export;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Modules.Registry.Features.ExportStudents;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Registry.Features.FindStudents;

internal sealed class FindStudentsEndpoint : IEndpoint
{
    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/students", async Task<IResult> ([AsParameters] StudentListParameters filter, [AsParameters] PageParameters paging, string? format, IMediator mediator, ICallerContext caller, CountyClock county, CancellationToken ct) =>
        {
            var query = filter.ToQuery(paging.PageOrDefault, paging.PageSizeOrDefault);
            if (ExportFormats.Parse(format) is { } export)
            {
                // The whole filtered list, not a page of it.
                return new TableExport(export, $"学生名册-{county.Today:yyyyMMdd}", (writer, token) =>
                    mediator.Send(new ExportStudentsQuery(query.Criteria, query.Order, writer), token)) { SheetName = "学生名册" };
            }

            return Results.Ok((await mediator.Send(query, ct)).MaskedFor(caller, county));
        })
        .WithName("FindStudents")
        .WithSummary("List students; filter by national ID, school, township, stage, category, left-behind, disabled, status; format=csv|xlsx exports the whole list");
}
