using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SchoolConstruction.Features.Shared;

/// <summary>Checks of input shape the module's validators share.</summary>
internal static class ConstructionInput
{
    /// <summary>A project's whole budget or one spending: far above any county's, far below what fen in a long can hold.</summary>
    public const decimal MaxAmount = 10_000_000_000m;

    public const decimal MaxFloorArea = 1_000_000m;

    public const int MaxCount = 1_000_000;

    /// <summary>More than zero, at most <paramref name="max"/>, at most two decimals (money in yuan and fen, area in m²).</summary>
    public static void Positive(this ValidationErrors errors, string field, decimal? value, decimal max)
    {
        if (value is not { } v)
        {
            errors.Missing(field);
        }
        else if (v <= 0)
        {
            errors.Add(field, ConstructionText.MustBePositive());
        }
        else if (v > max)
        {
            errors.Add(field, ConstructionText.AtMost(max));
        }
        else if (decimal.Round(v, 2) != v)
        {
            errors.Add(field, ConstructionText.TwoDecimals());
        }
    }

    /// <summary>A count that must be sent, 0 or more.</summary>
    public static void Count(this ValidationErrors errors, string field, int? value, int max = MaxCount)
    {
        if (value is null)
        {
            errors.Missing(field);
        }

        errors.Range(field, value, 0, max);
    }
}
