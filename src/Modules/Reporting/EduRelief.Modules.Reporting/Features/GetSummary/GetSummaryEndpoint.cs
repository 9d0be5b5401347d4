using System.Text;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Reporting;
using EduRelief.Modules.Reporting.Document;
using EduRelief.Modules.Reporting.Features.Templates;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Reporting.Features.GetSummary;

internal sealed class GetSummaryEndpoint : IEndpoint
{
    private static readonly string[] Formats = ["json", "markdown", "docx"];

    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/summary", async Task<IResult> (int? year, string? format, string? by, IMediator mediator, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            if (year is null)
            {
                errors.Missing("year");
            }

            var chosen = (format ?? "json").ToLowerInvariant();
            if (!Formats.Contains(chosen))
            {
                errors.Add("format", new UserText($"“{format}”不是可用的格式，可用：json、markdown、docx", $"'{format}' is not a format; use json, markdown or docx"));
            }

            var byTownship = "township".Equals(by, StringComparison.OrdinalIgnoreCase);
            var bySchool = "school".Equals(by, StringComparison.OrdinalIgnoreCase);
            if (by is not null && !byTownship && !bySchool)
            {
                errors.Add("by", new UserText($"“{by}”不是可用的分解方式，可用：township、school", $"'{by}' is not a breakdown; use township or school"));
            }

            errors.ThrowIfAny();
            var summary = await mediator.Send(new GetSummaryQuery(year!.Value, byTownship && chosen == "json", bySchool && chosen == "json"), ct);
            if (chosen == "json")
            {
                return Results.Ok(summary);
            }

            var template = await mediator.Send(new GetTemplateQuery(), ct);
            var markdown = MarkdownSummary.Render(template.Template, summary);
            return chosen == "markdown"
                ? Results.Text(markdown, "text/markdown; charset=utf-8", Encoding.UTF8)
                : Results.File(
                    WordSummary.Render(DocumentBlock.Of(markdown)),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    $"{summary.Year}年教育扶贫工作总结.docx");
        })
        .WithName("GetSummary")
        .WithSummary("Every figure of the year's work summary, counted from the modules' records; by=township or by=school breaks every figure down per township or school; format=markdown or docx renders the Chinese document");
}
