using Vizor.ECharts;

namespace EduRelief.Web.Charts;

/// <summary>
/// The one place that speaks Vizor.ECharts (pre-1.0, so its API may move): a page describes its chart in points,
/// this turns them into ECharts options.
/// </summary>
internal static class ChartOptionsBuilder
{
    public static ChartOptions Build(ChartKind kind, string? title, IReadOnlyList<ChartPoint> points, string? unit, decimal? max) => kind switch
    {
        ChartKind.Pie => new ChartOptions
        {
            Title = Title(title),
            Tooltip = new Tooltip { Trigger = TooltipTrigger.Item },
            Series =
            [
                new PieSeries
                {
                    Radius = new CircleRadius("40%", "70%"),
                    Data = points.Select(p => new PieSeriesData { Name = p.Label, Value = (double)p.Value }).ToList(),
                },
            ],
        },
        _ => new ChartOptions
        {
            Title = Title(title),
            Tooltip = new Tooltip { Trigger = TooltipTrigger.Axis },
            Grid = new Grid { ContainLabel = true, Left = 8, Right = 16, Bottom = 8, Top = title is null ? 16 : 48 },
            XAxis = new XAxis { Type = AxisType.Category, Data = points.Select(p => p.Label).ToList() },
            YAxis = new YAxis { Type = AxisType.Value, Name = unit, Max = max is { } m ? (double)m : null },
            Series = [new BarSeries { Name = unit ?? title, Data = points.Select(p => (double)p.Value).ToArray() }],
        },
    };

    private static Title? Title(string? text) => text is null ? null : new Title { Text = text, Left = "center" };
}
