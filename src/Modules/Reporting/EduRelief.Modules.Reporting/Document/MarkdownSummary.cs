using System.Globalization;
using EduRelief.Contracts.Reporting;

namespace EduRelief.Modules.Reporting.Document;

/// <summary>The work summary as the Chinese document the bureau sends: the template with every placeholder filled from the summary.</summary>
internal static class MarkdownSummary
{
    public static string Render(SummaryTemplate template, SummaryDto summary)
    {
        var figures = summary.Figures.ToDictionary(f => f.Key, StringComparer.Ordinal);
        return template.Render(key => key switch
        {
            SummaryTemplate.Year => summary.Year.ToString(CultureInfo.InvariantCulture),
            SummaryTemplate.CountedOn => $"{summary.CountedOn.Year}年{summary.CountedOn.Month}月{summary.CountedOn.Day}日",
            _ => FigureText.Of(figures[key]),
        });
    }
}
