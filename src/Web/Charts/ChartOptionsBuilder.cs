using System.Text.Json.Nodes;

namespace EduRelief.Web.Charts;

/// <summary>
/// The ECharts options of a chart, as JSON: a page describes its chart in points, this turns them into what
/// <c>echarts.setOption</c> takes. Plain JSON, parsed in the browser with <c>JSON.parse</c> — Vizor.ECharts' own
/// component evaluates its options as script, which the console's CSP rightly refuses (ADR 18).
/// </summary>
internal static class ChartOptionsBuilder
{
    public static JsonObject Build(ChartKind kind, string? title, IReadOnlyList<ChartPoint> points, string? unit, decimal? max)
    {
        var options = kind switch
        {
            ChartKind.Pie => new JsonObject
            {
                ["tooltip"] = new JsonObject { ["trigger"] = "item" },
                ["series"] = new JsonArray(new JsonObject
                {
                    ["type"] = "pie",
                    ["radius"] = new JsonArray("40%", "70%"),
                    ["data"] = new JsonArray([.. points.Select(p => (JsonNode)new JsonObject { ["name"] = p.Label, ["value"] = p.Value })]),
                }),
            },
            _ => new JsonObject
            {
                ["tooltip"] = new JsonObject { ["trigger"] = "axis" },
                ["grid"] = new JsonObject { ["containLabel"] = true, ["left"] = 8, ["right"] = 16, ["bottom"] = 8, ["top"] = title is null ? 16 : 48 },
                ["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = new JsonArray([.. points.Select(p => (JsonNode)p.Label)]) },
                ["yAxis"] = new JsonObject { ["type"] = "value", ["name"] = unit, ["max"] = max },
                ["series"] = new JsonArray(new JsonObject
                {
                    ["type"] = "bar",
                    ["name"] = unit ?? title,
                    ["data"] = new JsonArray([.. points.Select(p => (JsonNode)p.Value)]),
                }),
            },
        };
        // Drawn at once: an animated bar reads as a wrong number until it has grown.
        options["animation"] = false;
        if (title is not null)
        {
            options["title"] = new JsonObject { ["text"] = title, ["left"] = "center" };
        }

        return options;
    }
}
