using EduRelief.BuildingBlocks.Export;

namespace EduRelief.Modules.Reporting.Features.GetFigureRecords;

/// <summary>A record's values as export cells: amounts and counts stay numbers, dates dates, yes/no in Chinese.</summary>
internal static class RecordCells
{
    public static ExportCell[] Of(IReadOnlyList<object?> row) => row.Select(Of).ToArray();

    private static ExportCell Of(object? value) => value switch
    {
        null => ExportCell.Empty,
        decimal money => money,
        int count => count,
        long count => count,
        DateOnly date => date,
        bool yes => yes ? "是" : "否",
        _ => value.ToString(),
    };
}
