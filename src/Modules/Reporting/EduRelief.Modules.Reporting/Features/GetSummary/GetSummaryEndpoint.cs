using System.Text;
using EduRelief.BuildingBlocks.Http;
using EduRelief.Contracts.Reporting;
using EduRelief.Modules.Reporting.Document;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduRelief.Modules.Reporting.Features.GetSummary;

internal sealed class GetSummaryEndpoint : IEndpoint
{
    private const string Markdown = "markdown";

    public void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/summary", async Task<IResult> (int? year, string? format, IMediator mediator, CancellationToken ct) =>
        {
            var errors = new ValidationErrors();
            if (year is null)
            {
                errors.Missing("year");
            }

            if (format is not null && !format.Equals("json", StringComparison.OrdinalIgnoreCase) && !format.Equals(Markdown, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add("format", new UserText($"“{format}”不是可用的格式，可用：json、markdown", $"'{format}' is not a format; use json or markdown"));
            }

            errors.ThrowIfAny();
            var summary = await mediator.Send(new GetSummaryQuery(year!.Value), ct);
            return Markdown.Equals(format, StringComparison.OrdinalIgnoreCase)
                ? Results.Text(MarkdownSummary.Render(SummaryTemplate.Default, summary), "text/markdown; charset=utf-8", Encoding.UTF8)
                : Results.Ok(summary);
        })
        .WithName("GetSummary")
        .WithSummary("Every figure of the year's work summary, counted from the modules' records; format=markdown renders the Chinese document");
}
