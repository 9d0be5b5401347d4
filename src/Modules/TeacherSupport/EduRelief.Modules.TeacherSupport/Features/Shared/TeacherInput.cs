using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.TeacherSupport.Features.Shared;

/// <summary>Checks of input shape the module's validators share.</summary>
internal static class TeacherInput
{
    /// <summary>A monthly allowance far above any county's.</summary>
    public const decimal MaxMonthly = 100_000m;

    public const int MaxCount = 100_000;

    /// <summary>Sent, more than zero, at most <paramref name="max"/>.</summary>
    public static void Positive(this ValidationErrors errors, string field, int? value, int max = MaxCount)
    {
        if (value is not { } v)
        {
            errors.Missing(field);
        }
        else if (v <= 0)
        {
            errors.Add(field, TeacherText.MustBePositive());
        }
        else
        {
            errors.Range(field, v, 1, max);
        }
    }

    /// <summary>Yuan: sent, not negative, at most <paramref name="max"/>, at most two decimals.</summary>
    public static void Money(this ValidationErrors errors, string field, decimal? value, decimal max = MaxMonthly)
    {
        if (value is not { } v)
        {
            errors.Missing(field);
        }
        else if (v < 0)
        {
            errors.Add(field, TeacherText.NotNegative());
        }
        else if (v > max)
        {
            errors.Add(field, TeacherText.AtMost(max));
        }
        else if (decimal.Round(v, 2) != v)
        {
            errors.Add(field, TeacherText.TwoDecimals());
        }
    }

    /// <summary>The month parameter <c>YYYY-MM</c>; null when it is missing or malformed (and the error added).</summary>
    public static RollMonth? Month(this ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Missing(field);
            return null;
        }

        if (RollMonth.TryParse(value.Trim(), out var month))
        {
            return month;
        }

        errors.Add(field, TeacherText.BadMonth(value));
        return null;
    }

}
