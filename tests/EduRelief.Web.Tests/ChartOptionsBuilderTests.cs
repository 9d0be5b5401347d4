using System.Text.Json.Nodes;
using EduRelief.Web.Charts;

namespace EduRelief.Web.Tests;

public sealed class ChartOptionsBuilderTests
{
    [Fact]
    public void A_bar_chart_has_one_category_per_point_and_the_given_top()
    {
        var options = ChartOptionsBuilder.Build(ChartKind.Bar, "覆盖率", [new ChartPoint("2025", 98m), new ChartPoint("2026", 100m)], "%", 100m);

        var bars = options["series"]!.AsArray().Single()!;
        Assert.Equal("bar", bars["type"]!.GetValue<string>());
        Assert.Equal([98m, 100m], bars["data"]!.AsArray().Select(v => v!.GetValue<decimal>()));
        Assert.Equal(["2025", "2026"], options["xAxis"]!["data"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(100m, options["yAxis"]!["max"]!.GetValue<decimal>());
        Assert.Equal("覆盖率", options["title"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void A_pie_chart_has_one_slice_per_point_and_no_title_unless_given()
    {
        var options = ChartOptionsBuilder.Build(ChartKind.Pie, null, [new ChartPoint("建档立卡", 7m), new ChartPoint("低保", 3m)], null, null);

        var slices = options["series"]!.AsArray().Single()!["data"]!.AsArray();
        Assert.Equal(["建档立卡", "低保"], slices.Select(s => s!["name"]!.GetValue<string>()));
        Assert.Null(options["title"]);
    }

    [Fact]
    public void The_options_are_json_the_browser_parses_not_script()
    {
        var json = ChartOptionsBuilder.Build(ChartKind.Bar, "x", [new ChartPoint("</script><script>alert(1)</script>", 1m)], null, null).ToJsonString();

        Assert.NotNull(JsonNode.Parse(json));
        Assert.DoesNotContain("function", json, StringComparison.Ordinal);
    }
}
