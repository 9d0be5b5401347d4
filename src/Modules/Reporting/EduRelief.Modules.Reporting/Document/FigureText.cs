using System.Globalization;
using EduRelief.Contracts.Reporting;
using EduRelief.Modules.Reporting.Domain;

namespace EduRelief.Modules.Reporting.Document;

/// <summary>A figure as the county's document writes it: 2800万元, 3.2亿元, 99.8%, 23所, 18000人次.</summary>
internal static class FigureText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Of(SummaryFigureDto figure)
    {
        if (!figure.Available)
        {
            return $"（暂无数据：{figure.Unavailable}）";
        }

        return Of(figure.Value, figure.Unit);
    }

    /// <summary>A value in its unit (<c>personTimes</c>); a rate with nothing to count says so.</summary>
    public static string Of(decimal? figure, string unit)
    {
        if (figure is not { } value)
        {
            return "（无统计对象）";
        }

        return Enum.Parse<FigureUnit>(unit, ignoreCase: true) switch
        {
            FigureUnit.Yuan => Money(value),
            FigureUnit.Fraction => (value * 100).ToString("0.#", Invariant) + "%",
            FigureUnit.Persons => Count(value, "名"),
            FigureUnit.PersonTimes => Count(value, "人次"),
            FigureUnit.Schools => Count(value, "所"),
            FigureUnit.Seats => Count(value, "个"),
            FigureUnit.SquareMetres => Count(value, "平方米"),
            FigureUnit.Classrooms => Count(value, "间"),
            FigureUnit.Activities => Count(value, "次"),
            FigureUnit.Homes => Count(value, "个"),
            FigureUnit.Copies => Count(value, "份"),
            var other => throw new ArgumentOutOfRangeException(nameof(unit), other, "no text for this unit"),
        };
    }

    private static string Count(decimal value, string unit) => value.ToString("0.##", Invariant) + unit;

    private static string Money(decimal yuan) => yuan switch
    {
        >= 100_000_000m => (yuan / 100_000_000m).ToString("0.##", Invariant) + "亿元",
        >= 10_000m => (yuan / 10_000m).ToString("0.##", Invariant) + "万元",
        _ => yuan.ToString("0.##", Invariant) + "元",
    };
}
