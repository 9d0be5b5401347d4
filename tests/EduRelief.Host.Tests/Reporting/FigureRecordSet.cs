using System.Text.Json.Nodes;

namespace EduRelief.Host.Tests.Reporting;

/// <summary>Every record of one figure, read page by page, and whether its tally gives the figure back.</summary>
internal sealed record FigureRecordSet(string Key, decimal? Value, string Tally, string? Column, string? Of, IReadOnlyList<JsonNode> Rows)
{
    public bool Tallies()
    {
        switch (Tally)
        {
            case "count":
                return Value == Rows.Count;
            case "sum":
                return Value == Rows.Sum(r => Number(r[Column!]));
            default:
                var numerator = Rows.Sum(r => Number(r[Column!]));
                var denominator = Of is null ? Rows.Count : Rows.Sum(r => Number(r[Of]));
                if (denominator == 0)
                {
                    // No one to count: the module says what an empty rate is (none, or full coverage of nothing).
                    return Value is null or 1m;
                }

                var ratio = numerator / denominator;
                return Value is { } value && Math.Abs((Tally == "oneMinusRatio" ? 1 - ratio : ratio) - value) < 0.00005m;
        }
    }

    private static decimal Number(JsonNode? cell) => cell switch
    {
        null => 0m,
        _ when cell.GetValueKind() == System.Text.Json.JsonValueKind.True => 1m,
        _ when cell.GetValueKind() == System.Text.Json.JsonValueKind.False => 0m,
        _ => cell.GetValue<decimal>(),
    };
}
