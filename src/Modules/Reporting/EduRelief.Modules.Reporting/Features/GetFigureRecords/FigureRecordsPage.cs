using EduRelief.Contracts.Reporting;
using EduRelief.SharedKernel.Figures;

namespace EduRelief.Modules.Reporting.Features.GetFigureRecords;

/// <summary>A page of a figure's records as JSON: each record an object keyed by its columns, and the tally that makes the figure from all of them.</summary>
internal sealed record FigureRecordsPage
{
    public required string Key { get; init; }

    public required int Year { get; init; }

    public required string Label { get; init; }

    public required string LabelEn { get; init; }

    public required string Unit { get; init; }

    public required string Module { get; init; }

    public required decimal? Value { get; init; }

    /// <summary><c>count</c>, <c>sum</c> (of <see cref="TallyColumn"/>), <c>ratio</c> or <c>oneMinusRatio</c> (<see cref="TallyColumn"/> over <see cref="TallyOf"/>, or over the records).</summary>
    public required string Tally { get; init; }

    public string? TallyColumn { get; init; }

    public string? TallyOf { get; init; }

    public required IReadOnlyList<RecordColumn> Columns { get; init; }

    public required IReadOnlyList<IReadOnlyDictionary<string, object?>> Items { get; init; }

    public required int Page { get; init; }

    public required int PageSize { get; init; }

    public required int Total { get; init; }

    public static FigureRecordsPage Of(FigureRecordsDto figure, int page, int pageSize)
    {
        var records = figure.Records;
        var tally = records.Tally.ToString();
        return new FigureRecordsPage
        {
            Key = figure.Key,
            Year = figure.Year,
            Label = figure.Label,
            LabelEn = figure.LabelEn,
            Unit = figure.Unit,
            Module = figure.Module,
            Value = figure.Value,
            Tally = char.ToLowerInvariant(tally[0]) + tally[1..],
            TallyColumn = records.Column,
            TallyOf = records.Of,
            Columns = records.Columns,
            Items = records.Rows.Skip((page - 1) * pageSize).Take(pageSize)
                .Select(row => (IReadOnlyDictionary<string, object?>)records.Columns.Select((c, i) => (c.Key, Cell: row[i])).ToDictionary(c => c.Key, c => c.Cell, StringComparer.Ordinal))
                .ToList(),
            Page = page,
            PageSize = pageSize,
            Total = records.Rows.Count,
        };
    }
}
