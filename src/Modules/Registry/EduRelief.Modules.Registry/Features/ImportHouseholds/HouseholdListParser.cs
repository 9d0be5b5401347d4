using System.Globalization;
using EduRelief.BuildingBlocks.Upload;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.ImportRoster;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.ImportHouseholds;

/// <summary>Reads <c>household_id,category,effective_on,status</c> (English or Chinese headers, any order).</summary>
internal static class HouseholdListParser
{
    private static readonly string[][] Columns =
    [
        ["household_id", "户编号"],
        ["category", "困难类型"],
        ["effective_on", "生效日期"],
        ["status", "状态"],
    ];

    public static async Task<int[]> ReadHeaderAsync(UploadTable table, List<string> row, CancellationToken cancellationToken)
    {
        if (!await table.TryReadRowAsync(row, cancellationToken) || row.All(string.IsNullOrWhiteSpace))
        {
            throw ValidationFailedException.For("file", CommonTexts.EmptyFile());
        }

        var names = row.Select(c => c.Trim()).ToList();
        var positions = new int[Columns.Length];
        var errors = new ValidationErrors();
        for (var i = 0; i < Columns.Length; i++)
        {
            positions[i] = names.FindIndex(n => Columns[i].Contains(n, StringComparer.OrdinalIgnoreCase));
            if (positions[i] < 0)
            {
                errors.Add("header", RegistryText.MissingColumn(Columns[i][0], Columns[i][1]));
            }
        }

        errors.ThrowIfAny();
        return positions;
    }

    public static HouseholdListRow? Parse(int[] positions, List<string> row, int line, List<RosterRowError> errors)
    {
        string Cell(int column) => positions[column] < row.Count ? row[positions[column]].Trim() : string.Empty;
        var before = errors.Count;
        var householdId = Cell(0);
        if (householdId.Length is 0 or > 64)
        {
            errors.Add(new RosterRowError(line, "household_id", householdId.Length == 0 ? CommonTexts.IsRequired() : new UserText("最多 64 个字符", "must be at most 64 characters")));
        }

        var cells = new ValidationErrors();
        var category = cells.Enum<HardshipCategory>("category", Cell(1));
        var status = Status(Cell(3), cells);
        DateOnly? effectiveOn = DateOnly.TryParseExact(Cell(2), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        if (effectiveOn is null)
        {
            cells.Add("effective_on", RegistryText.NotADate(Cell(2)));
        }

        foreach (var (field, messages) in cells.ToDictionary())
        {
            errors.AddRange(messages.Select(m => new RosterRowError(line, field, m)));
        }

        return errors.Count > before ? null : new HouseholdListRow(householdId, category!.Value, effectiveOn!.Value, status!.Value);
    }

    private static HouseholdStatus? Status(string text, ValidationErrors errors)
    {
        switch (text)
        {
            case "有效" or "在册":
                return HouseholdStatus.Active;
            case "退出" or "脱贫":
                return HouseholdStatus.Exited;
            default:
                return errors.Enum<HouseholdStatus>("status", text);
        }
    }
}
