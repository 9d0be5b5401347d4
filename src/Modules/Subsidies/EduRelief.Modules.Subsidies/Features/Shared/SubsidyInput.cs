using System.Globalization;
using EduRelief.Contracts.Subsidies;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Subsidies.Features.Shared;

internal static class SubsidyInput
{
    /// <summary>A year's budget for one programme: far above any county's, far below what the ledger's fen can hold.</summary>
    public const decimal MaxBudget = 1_000_000_000m;

    /// <summary>What one student may be given for one term.</summary>
    public const decimal MaxPerStudent = 100_000m;

    /// <summary>A daily rate (meals) for one student.</summary>
    public const decimal MaxPerDay = 1_000m;

    public static ProgrammeCode? Programme(string field, string? value, ValidationErrors errors) =>
        errors.Enum<ProgrammeCode>(field, value);

    public static Term? Term(string field, string? value, ValidationErrors errors)
    {
        if (SharedKernel.Primitives.Term.TryParse(value, out var term, out var error))
        {
            return term;
        }

        errors.Add(field, error);
        return null;
    }

    public static void Money(string field, decimal? amount, decimal max, ValidationErrors errors)
    {
        if (amount is not { } value)
        {
            errors.Missing(field);
        }
        else if (value < 0)
        {
            errors.Add(field, new UserText("不能为负数", "must not be negative"));
        }
        else if (value > max)
        {
            var most = max.ToString("N0", CultureInfo.InvariantCulture);
            errors.Add(field, new UserText($"不能超过 {most} 元", $"must be at most ¥{most}"));
        }
        else if (decimal.Round(value, 2) != value)
        {
            errors.Add(field, new UserText("最多两位小数（精确到分）", "must have at most two decimals (yuan and fen)"));
        }
    }
}
