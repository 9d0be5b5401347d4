using EduRelief.Web.Charts;
using Vizor.ECharts;

namespace EduRelief.Web.Tests;

public sealed class ChartOptionsBuilderTests
{
    [Fact]
    public void A_bar_chart_has_one_category_per_point_and_the_given_top()
    {
        var options = ChartOptionsBuilder.Build(ChartKind.Bar, "覆盖率", [new ChartPoint("2025", 98m), new ChartPoint("2026", 100m)], "%", 100m);

        var bars = Assert.IsType<BarSeries>(Assert.Single(options.Series!));
        Assert.Equal([98d, 100d], (double[])bars.Data!);
        Assert.Equal(AxisType.Category, options.XAxis!.Type);
        Assert.Equal("%", options.YAxis!.Name);
        Assert.Equal("覆盖率", options.Title!.Text);
    }

    [Fact]
    public void A_pie_chart_has_one_slice_per_point()
    {
        var options = ChartOptionsBuilder.Build(ChartKind.Pie, null, [new ChartPoint("建档立卡", 7m), new ChartPoint("低保", 3m)], null, null);

        var pie = Assert.IsType<PieSeries>(Assert.Single(options.Series!));
        var slices = Assert.IsType<List<PieSeriesData>>(pie.Data);
        Assert.Equal(["建档立卡", "低保"], slices.Select(s => s.Name));
        Assert.Null(options.Title);
    }
}
