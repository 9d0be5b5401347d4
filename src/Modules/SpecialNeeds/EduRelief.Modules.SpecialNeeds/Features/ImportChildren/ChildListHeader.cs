using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.ImportChildren;

/// <summary>Where each column of the federation's list stands; headers may be English or Chinese, in any order.</summary>
internal sealed class ChildListHeader
{
    private static readonly Dictionary<string, ChildListColumn> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["national_id"] = ChildListColumn.NationalId, ["身份证号"] = ChildListColumn.NationalId,
        ["name"] = ChildListColumn.Name, ["姓名"] = ChildListColumn.Name,
        ["township_code"] = ChildListColumn.TownshipCode, ["乡镇代码"] = ChildListColumn.TownshipCode,
        ["village_code"] = ChildListColumn.VillageCode, ["村代码"] = ChildListColumn.VillageCode,
        ["disability_category"] = ChildListColumn.DisabilityCategory, ["残疾类别"] = ChildListColumn.DisabilityCategory,
        ["disability_grade"] = ChildListColumn.DisabilityGrade, ["残疾等级"] = ChildListColumn.DisabilityGrade,
        ["guardian"] = ChildListColumn.Guardian, ["监护人"] = ChildListColumn.Guardian,
        ["source"] = ChildListColumn.Source, ["来源"] = ChildListColumn.Source,
    };

    private static readonly ChildListColumn[] Required =
    [
        ChildListColumn.NationalId, ChildListColumn.Name, ChildListColumn.TownshipCode, ChildListColumn.DisabilityCategory,
        ChildListColumn.DisabilityGrade, ChildListColumn.Guardian,
    ];

    private readonly Dictionary<ChildListColumn, int> _positions;
    private readonly Dictionary<ChildListColumn, string> _headers;

    private ChildListHeader(Dictionary<ChildListColumn, int> positions, Dictionary<ChildListColumn, string> headers) =>
        (_positions, _headers) = (positions, headers);

    public static ChildListHeader Parse(IReadOnlyList<string> cells)
    {
        var errors = new ValidationErrors();
        var positions = new Dictionary<ChildListColumn, int>();
        var headers = new Dictionary<ChildListColumn, string>();
        for (var i = 0; i < cells.Count; i++)
        {
            var name = cells[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!Names.TryGetValue(name, out var column))
            {
                errors.Add("header", new UserText($"列 '{name}' 不是残疾儿童名单的列", $"column '{name}' is not a column of the disabled children list"));
            }
            else if (!positions.TryAdd(column, i))
            {
                errors.Add("header", new UserText($"列 '{name}' 重复出现", $"column '{name}' appears twice"));
            }
            else
            {
                headers[column] = name;
            }
        }

        foreach (var missing in Required.Where(c => !positions.ContainsKey(c)))
        {
            errors.Add("header", new UserText($"缺少必需的列 {ChineseName(missing)}（{EnglishName(missing)}）", $"the required column {EnglishName(missing)} ({ChineseName(missing)}) is missing"));
        }

        errors.ThrowIfAny();
        return new ChildListHeader(positions, headers);
    }

    public string? Cell(IReadOnlyList<string> row, ChildListColumn column) =>
        _positions.TryGetValue(column, out var i) && i < row.Count && row[i].Trim() is { Length: > 0 } value ? value : null;

    /// <summary>The header the user's file used for a column, so errors point at what they see.</summary>
    public string HeaderOf(ChildListColumn column) => _headers.TryGetValue(column, out var header) ? header : EnglishName(column);

    private static string EnglishName(ChildListColumn column) => Names.First(n => n.Value == column && n.Key[0] < 128).Key;

    private static string ChineseName(ChildListColumn column) => Names.First(n => n.Value == column && n.Key[0] >= 128).Key;
}
