using System.Globalization;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.ImportRoster;

/// <summary>Turns one roster row into a checked student, reporting each bad cell under the header the file used.</summary>
internal static class RosterRowParser
{
    private static readonly Dictionary<string, RosterColumn> FieldColumns = new(StringComparer.Ordinal)
    {
        ["nationalId"] = RosterColumn.NationalId,
        ["name"] = RosterColumn.Name,
        ["schoolCode"] = RosterColumn.SchoolCode,
        ["grade"] = RosterColumn.Grade,
        ["householdId"] = RosterColumn.HouseholdId,
        ["categories"] = RosterColumn.Categories,
        ["disability.category"] = RosterColumn.DisabilityCategory,
        ["disability.grade"] = RosterColumn.DisabilityGrade,
        ["enrolledOn"] = RosterColumn.EnrolledOn,
        ["guardian.name"] = RosterColumn.GuardianName,
        ["guardian.relation"] = RosterColumn.GuardianRelation,
        ["guardian.nationalId"] = RosterColumn.GuardianNationalId,
        ["guardian.phone"] = RosterColumn.GuardianPhone,
        ["account.holder"] = RosterColumn.AccountHolder,
        ["account.bank"] = RosterColumn.Bank,
        ["account.number"] = RosterColumn.AccountNumber,
    };

    public static ValidStudent? Parse(RosterHeader header, IReadOnlyList<string> row, int line, DateOnly today, List<RosterRowError> errors)
    {
        var readErrors = new ValidationErrors();
        var fields = new StudentFields
        {
            NationalId = header.Cell(row, RosterColumn.NationalId),
            Name = header.Cell(row, RosterColumn.Name),
            SchoolCode = header.Cell(row, RosterColumn.SchoolCode),
            Grade = Integer(header, row, RosterColumn.Grade, "grade", readErrors),
            Boarding = YesNo(header, row, RosterColumn.Boarding, readErrors),
            HouseholdId = header.Cell(row, RosterColumn.HouseholdId),
            Categories = header.Cell(row, RosterColumn.Categories)?.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            LeftBehind = YesNo(header, row, RosterColumn.LeftBehind, readErrors),
            DisabilityCategory = header.Cell(row, RosterColumn.DisabilityCategory),
            DisabilityGrade = Integer(header, row, RosterColumn.DisabilityGrade, "disability.grade", readErrors),
            EnrolledOn = Date(header, row, RosterColumn.EnrolledOn, readErrors),
            GuardianName = header.Cell(row, RosterColumn.GuardianName),
            GuardianRelation = header.Cell(row, RosterColumn.GuardianRelation),
            GuardianNationalId = header.Cell(row, RosterColumn.GuardianNationalId),
            GuardianPhone = header.Cell(row, RosterColumn.GuardianPhone),
            AccountHolder = header.Cell(row, RosterColumn.AccountHolder),
            AccountBank = header.Cell(row, RosterColumn.Bank),
            AccountNumber = header.Cell(row, RosterColumn.AccountNumber),
        };

        var ruleErrors = new ValidationErrors();
        var valid = StudentFieldRules.Check(fields, today, ruleErrors);
        var unreadable = readErrors.ToDictionary();
        Report(header, line, unreadable, errors);

        // A cell that could not be read is reported once, not again as "is required".
        Report(header, line, ruleErrors.ToDictionary().Where(e => !unreadable.ContainsKey(e.Key)), errors);
        return readErrors.Any || ruleErrors.Any ? null : valid;
    }

    private static void Report(RosterHeader header, int line, IEnumerable<KeyValuePair<string, string[]>> fieldErrors, List<RosterRowError> errors)
    {
        foreach (var (field, messages) in fieldErrors)
        {
            var column = FieldColumns.TryGetValue(field, out var c) ? header.HeaderOf(c) : field;
            errors.AddRange(messages.Select(m => new RosterRowError(line, column, m)));
        }
    }

    private static int? Integer(RosterHeader header, IReadOnlyList<string> row, RosterColumn column, string field, ValidationErrors errors)
    {
        var text = header.Cell(row, column);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, new UserText($"'{text}' 不是整数", $"'{text}' is not a whole number"));
        return null;
    }

    private static bool? YesNo(RosterHeader header, IReadOnlyList<string> row, RosterColumn column, ValidationErrors errors)
    {
        var text = header.Cell(row, column);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "是" or "1" or "y" or "yes":
                return true;
            case "false" or "否" or "0" or "n" or "no":
                return false;
            default:
                errors.Add(header.HeaderOf(column), new UserText($"'{text}' 必须是 true/false 或 是/否", $"'{text}' must be true/false or 是/否"));
                return null;
        }
    }

    private static DateOnly? Date(RosterHeader header, IReadOnlyList<string> row, RosterColumn column, ValidationErrors errors)
    {
        var text = header.Cell(row, column);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add("enrolledOn", RegistryText.NotADate(text));
        return null;
    }
}
