namespace EduRelief.Web.Charts;

/// <summary>One labelled value of a chart: a bar, or a slice.</summary>
public sealed record ChartPoint(string Label, decimal Value);
