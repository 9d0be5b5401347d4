using System.Globalization;
using Bunit;
using EduRelief.Web.Charts;

namespace EduRelief.Web.Tests;

/// <summary>The console's chart wrapper: pages give points; the numbers are on the page as well as in the picture.</summary>
public sealed class ChartTests : BunitContext
{
    public ChartTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("zh-CN");
    }

    [Fact]
    public void Every_point_is_written_out_with_its_unit_beside_the_chart()
    {
        var chart = Render<Chart>(p => p
            .Add(c => c.Points, [new ChartPoint("覆盖率", 100m), new ChartPoint("去年", 96.5m)])
            .Add(c => c.Unit, "%")
            .Add(c => c.TestId, "coverage-chart"));

        var rows = chart.FindAll("[data-testid=coverage-chart] table tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal("覆盖率", rows[0].QuerySelector("th")!.TextContent);
        Assert.Equal("100%", rows[0].QuerySelector("td")!.TextContent);
        Assert.Equal("96.5%", rows[1].QuerySelector("td")!.TextContent);
    }

    [Fact]
    public void New_points_redraw_the_chart_and_its_numbers()
    {
        var chart = Render<Chart>(p => p.Add(c => c.Points, [new ChartPoint("已发放", 3m)]));

        chart.Render(p => p.Add(c => c.Points, [new ChartPoint("已发放", 5m), new ChartPoint("未发放", 1m)]));

        Assert.Equal(["5", "1"], chart.FindAll("table td").Select(td => td.TextContent));
    }
}
