using System.Globalization;
using EduRelief.BuildingBlocks.Upload;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.Subsidies.Features.ReconcileBatch;

/// <summary>
/// Reads the bank's result file (CSV or XLSX; the bank file's Chinese headers or <c>reference,national_id,amount,status,reason</c>);
/// every bad row is reported with its line, nothing is applied until all are good.
/// </summary>
internal static class BankResultReader
{
    private static readonly string[] Required = ["amount", "status", "reference"];

    /// <summary>The bank file's own Chinese headers, as a bank's result file returns them, read as the English ones.</summary>
    private static readonly Dictionary<string, string> Chinese = new(StringComparer.Ordinal)
    {
        ["参考号"] = "reference", ["身份证号"] = "national_id", ["金额"] = "amount", ["状态"] = "status", ["失败原因"] = "reason", ["原因"] = "reason",
    };

    public static async Task<(List<BankResultRow> Rows, List<BankRowError> Errors)> ReadAsync(UploadedFile file, long maxBytes, CancellationToken cancellationToken)
    {
        await using var table = await file.OpenAsync(maxBytes, cancellationToken);
        var cells = new List<string>();
        var rows = new List<BankResultRow>();
        var errors = new List<BankRowError>();
        if (!await table.TryReadRowAsync(cells, cancellationToken) || cells.TrueForAll(string.IsNullOrWhiteSpace))
        {
            throw ValidationFailedException.For("file", CommonTexts.EmptyFile());
        }

        var header = cells.Select(c => c.Trim().ToLowerInvariant()).Select(c => Chinese.GetValueOrDefault(c, c)).ToList();
        var missing = Required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            throw ValidationFailedException.For("header", new UserText(
                $"缺少必需的列：{string.Join(", ", missing)}", $"the required column(s) {string.Join(", ", missing)} are missing"));
        }

        var reason = header.IndexOf("reason");
        while (await table.TryReadRowAsync(cells, cancellationToken))
        {
            if (cells.TrueForAll(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string Cell(string name) => header.IndexOf(name) is var i and >= 0 && i < cells.Count ? cells[i].Trim() : string.Empty;
            var line = table.RowNumber;
            var before = errors.Count;
            if (!decimal.TryParse(Cell("amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            {
                errors.Add(new BankRowError(line, "amount", new UserText($"“{Cell("amount")}” 不是有效金额", $"'{Cell("amount")}' is not an amount")));
            }

            var status = Cell("status").ToLowerInvariant();
            if (status is not ("paid" or "failed" or "成功" or "失败"))
            {
                errors.Add(new BankRowError(line, "status", new UserText($"“{Cell("status")}” 无效，状态应为 paid 或 failed（成功/失败）", $"'{Cell("status")}' must be paid or failed")));
            }

            if (Cell("reference").Length == 0)
            {
                errors.Add(new BankRowError(line, "reference", CommonTexts.IsRequired()));
            }

            if (errors.Count == before)
            {
                rows.Add(new BankResultRow(line, Cell("national_id").ToUpperInvariant(), amount, status is "paid" or "成功", Cell("reference"),
                    reason >= 0 && reason < cells.Count && cells[reason].Trim().Length > 0 ? cells[reason].Trim() : null));
            }
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            throw ValidationFailedException.For("file", new UserText("只有表头，没有回盘结果", "has a header row but no results"));
        }

        return (rows, errors);
    }
}
