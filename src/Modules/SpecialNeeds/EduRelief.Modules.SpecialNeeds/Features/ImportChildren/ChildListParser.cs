using System.Globalization;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.RegisterChild;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.ImportChildren;

/// <summary>Reads one row of the list: every bad cell is reported against its column, as the roster import reports it.</summary>
internal static class ChildListParser
{
    public static ParsedChildRow? Parse(ChildListHeader header, IReadOnlyList<string> row, int line, List<ChildRowError> errors)
    {
        var before = errors.Count;
        void Error(ChildListColumn column, string message) => errors.Add(new ChildRowError(line, header.HeaderOf(column), message));
        string? Cell(ChildListColumn column) => header.Cell(row, column);

        var nationalId = Cell(ChildListColumn.NationalId);
        if (nationalId is null)
        {
            Error(ChildListColumn.NationalId, CommonTexts.IsRequired());
        }
        else if (!NationalId.TryParse(nationalId, out _, out var problem))
        {
            Error(ChildListColumn.NationalId, problem);
        }

        var name = Cell(ChildListColumn.Name);
        if (name is null || NameText.Problem(name) is not null || name.Length > 100)
        {
            Error(ChildListColumn.Name, name is null ? CommonTexts.IsRequired() : NameText.Problem(name) ?? new UserText("最多 100 个字符", "must be at most 100 characters"));
        }

        var township = Cell(ChildListColumn.TownshipCode);
        if (township is null)
        {
            Error(ChildListColumn.TownshipCode, CommonTexts.IsRequired());
        }

        var category = DisabilityCategory.Other;
        if (Cell(ChildListColumn.DisabilityCategory) is not { } categoryText)
        {
            Error(ChildListColumn.DisabilityCategory, CommonTexts.IsRequired());
        }
        else if (!DisabilityCategories.TryParse(categoryText, out category))
        {
            Error(ChildListColumn.DisabilityCategory, new UserText(
                $"'{categoryText}' 不是残疾类别，可选：视力、听力、言语、肢体、智力、精神、多重、其他", $"'{categoryText}' is not one of: {string.Join(", ", Enum.GetNames<DisabilityCategory>())}"));
        }

        var gradeText = Cell(ChildListColumn.DisabilityGrade);
        if (!int.TryParse(gradeText, NumberStyles.None, CultureInfo.InvariantCulture, out var grade) || grade is < 1 or > 4)
        {
            Error(ChildListColumn.DisabilityGrade, gradeText is null ? CommonTexts.IsRequired() : new UserText($"'{gradeText}' 不是 1 到 4 的残疾等级", $"'{gradeText}' is not a grade from 1 to 4"));
        }

        var guardian = Cell(ChildListColumn.Guardian);
        if (guardian is null || guardian.Length > 100)
        {
            Error(ChildListColumn.Guardian, guardian is null ? CommonTexts.IsRequired() : new UserText("最多 100 个字符", "must be at most 100 characters"));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var source = Cell(ChildListColumn.Source) is { } s ? s[..Math.Min(s.Length, 100)] : RegisterChildHandler.FederationList;
        return new ParsedChildRow(line, new ChildDetails(
            nationalId!.ToUpperInvariant(), name!, township!, Cell(ChildListColumn.VillageCode), category, grade, guardian!, source));
    }
}
