using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>Where each column stands in the file; headers may be English or Chinese, in any order.</summary>
internal sealed class RosterHeader
{
    private static readonly Dictionary<string, RosterColumn> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["national_id"] = RosterColumn.NationalId, ["身份证号"] = RosterColumn.NationalId,
        ["name"] = RosterColumn.Name, ["姓名"] = RosterColumn.Name,
        ["school_code"] = RosterColumn.SchoolCode, ["学校代码"] = RosterColumn.SchoolCode,
        ["grade"] = RosterColumn.Grade, ["年级"] = RosterColumn.Grade,
        ["boarding"] = RosterColumn.Boarding, ["是否寄宿"] = RosterColumn.Boarding,
        ["household_id"] = RosterColumn.HouseholdId, ["户编号"] = RosterColumn.HouseholdId,
        ["categories"] = RosterColumn.Categories, ["困难类型"] = RosterColumn.Categories,
        ["left_behind"] = RosterColumn.LeftBehind, ["是否留守"] = RosterColumn.LeftBehind,
        ["disability_category"] = RosterColumn.DisabilityCategory, ["残疾类别"] = RosterColumn.DisabilityCategory,
        ["disability_grade"] = RosterColumn.DisabilityGrade, ["残疾等级"] = RosterColumn.DisabilityGrade,
        ["enrolled_on"] = RosterColumn.EnrolledOn, ["入学日期"] = RosterColumn.EnrolledOn,
        ["guardian_name"] = RosterColumn.GuardianName, ["监护人姓名"] = RosterColumn.GuardianName,
        ["guardian_relation"] = RosterColumn.GuardianRelation, ["与学生关系"] = RosterColumn.GuardianRelation,
        ["guardian_national_id"] = RosterColumn.GuardianNationalId, ["监护人身份证号"] = RosterColumn.GuardianNationalId,
        ["guardian_phone"] = RosterColumn.GuardianPhone, ["联系电话"] = RosterColumn.GuardianPhone,
        ["account_holder"] = RosterColumn.AccountHolder, ["开户人"] = RosterColumn.AccountHolder,
        ["bank"] = RosterColumn.Bank, ["开户银行"] = RosterColumn.Bank,
        ["account_number"] = RosterColumn.AccountNumber, ["银行账号"] = RosterColumn.AccountNumber,
    };

    private static readonly RosterColumn[] Required =
        [RosterColumn.NationalId, RosterColumn.Name, RosterColumn.SchoolCode, RosterColumn.Grade, RosterColumn.EnrolledOn];

    private readonly Dictionary<RosterColumn, int> _positions;
    private readonly Dictionary<RosterColumn, string> _headers;

    private RosterHeader(Dictionary<RosterColumn, int> positions, Dictionary<RosterColumn, string> headers)
    {
        _positions = positions;
        _headers = headers;
    }

    public static RosterHeader Parse(IReadOnlyList<string> cells)
    {
        var errors = new ValidationErrors();
        var positions = new Dictionary<RosterColumn, int>();
        var headers = new Dictionary<RosterColumn, string>();
        for (var i = 0; i < cells.Count; i++)
        {
            var name = cells[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!Names.TryGetValue(name, out var column))
            {
                errors.Add("header", new UserText($"列 '{name}' 不是花名册的列", $"column '{name}' is not a roster column"));
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
            errors.Add("header", RegistryText.MissingColumn(EnglishName(missing), ChineseName(missing)));
        }

        errors.ThrowIfAny();
        return new RosterHeader(positions, headers);
    }

    public bool Has(RosterColumn column) => _positions.ContainsKey(column);

    /// <summary>The file carries the guardian: any of its columns.</summary>
    public bool HasGuardian => Has(RosterColumn.GuardianName) || Has(RosterColumn.GuardianRelation) || Has(RosterColumn.GuardianNationalId) || Has(RosterColumn.GuardianPhone);

    /// <summary>The file carries the payment account: any of its columns.</summary>
    public bool HasAccount => Has(RosterColumn.AccountHolder) || Has(RosterColumn.Bank) || Has(RosterColumn.AccountNumber);

    public string? Cell(IReadOnlyList<string> row, RosterColumn column) =>
        _positions.TryGetValue(column, out var i) && i < row.Count && row[i].Trim() is { Length: > 0 } value ? value : null;

    /// <summary>The header the user's file used for a column, so errors point at what they see.</summary>
    public string HeaderOf(RosterColumn column) => _headers.TryGetValue(column, out var header) ? header : EnglishName(column);

    private static string EnglishName(RosterColumn column) => Names.First(n => n.Value == column && n.Key[0] < 128).Key;

    private static string ChineseName(RosterColumn column) => Names.First(n => n.Value == column && n.Key[0] >= 128).Key;
}
