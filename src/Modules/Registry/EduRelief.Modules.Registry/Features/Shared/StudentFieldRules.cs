using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary>The checks every student passes, whether registered one by one or imported from a roster.</summary>
internal static class StudentFieldRules
{
    public const int MinGrade = 1;
    public const int MaxGrade = 12;
    public const int MaxNameLength = 50;

    /// <param name="today">The county's today: nobody is enrolled in the future.</param>
    public static ValidStudent? Check(StudentFields input, DateOnly today, ValidationErrors errors)
    {
        var before = errors.Count;
        NationalId nationalId = default;
        if (string.IsNullOrWhiteSpace(input.NationalId))
        {
            errors.Missing("nationalId");
        }
        else if (!NationalId.TryParse(input.NationalId, out nationalId, out var idError))
        {
            errors.Add("nationalId", idError);
        }
        else if (input.BirthDate is { } stated && stated != nationalId.BirthDate)
        {
            errors.Add("birthDate", new UserText(
                $"{stated:yyyy-MM-dd} 与身份证号中的出生日期（{nationalId.BirthDate:yyyy-MM-dd}）不一致",
                $"{stated:yyyy-MM-dd} does not match the birth date in the national ID ({nationalId.BirthDate:yyyy-MM-dd})"));
        }

        errors.Name("name", input.Name, MaxNameLength);
        errors.Required("schoolCode", input.SchoolCode);
        if (input.Grade is null)
        {
            errors.Missing("grade");
        }

        errors.Range("grade", input.Grade, MinGrade, MaxGrade);
        errors.MaxLength("householdId", input.HouseholdId?.Trim(), 64);

        var mask = 0;
        foreach (var code in input.Categories ?? [])
        {
            if (errors.Enum<HardshipCategory>("categories", code) is { } category)
            {
                mask |= CategoryMasks.Bit(category);
            }
        }

        DisabilityCategory? disability = null;
        if (!string.IsNullOrWhiteSpace(input.DisabilityCategory) || input.DisabilityGrade is not null)
        {
            disability = errors.Enum<DisabilityCategory>("disability.category", input.DisabilityCategory);
            if (input.DisabilityGrade is null)
            {
                errors.Add("disability.grade", new UserText("填写残疾类别时必须填写残疾等级（1 级最重 … 4 级）", "is required with a disability category (1 most severe … 4)"));
            }

            errors.Range("disability.grade", input.DisabilityGrade, 1, 4);
        }

        if (input.EnrolledOn is null)
        {
            errors.Missing("enrolledOn");
        }
        else if (nationalId.Value is not null && input.EnrolledOn < nationalId.BirthDate)
        {
            errors.Add("enrolledOn", new UserText("早于学生的出生日期", "is before the student's birth date"));
        }
        else if (input.EnrolledOn > today)
        {
            errors.Add("enrolledOn", new UserText($"晚于今天（{today:yyyy-MM-dd}）；入学日期不能在将来", $"is after today ({today:yyyy-MM-dd}); a student cannot be enrolled in the future"));
        }

        var guardian = Guardian.Check(input.GuardianName, input.GuardianRelation, input.GuardianNationalId, input.GuardianPhone, errors);
        var account = PaymentAccount.Check(input.AccountHolder, input.AccountBank, input.AccountNumber, errors);
        if (errors.Count > before)
        {
            return null;
        }

        var householdId = string.IsNullOrWhiteSpace(input.HouseholdId) ? null : input.HouseholdId.Trim();
        return new ValidStudent(
            nationalId,
            input.Name!.Trim(),
            input.SchoolCode!.Trim(),
            input.Grade!.Value,
            input.Boarding ?? false,
            householdId,
            mask,
            input.LeftBehind ?? false,
            disability,
            disability is null ? null : input.DisabilityGrade,
            input.EnrolledOn!.Value,
            guardian,
            account);
    }
}
