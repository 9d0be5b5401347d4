using EduRelief.Modules.Vocational.Domain;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Vocational.Features.Shared;

/// <summary>Checks of input shape the module's validators share.</summary>
internal static class VocationalInput
{
    public const int MaxPlaces = 10_000;

    public static void Positive(this ValidationErrors errors, string field, int? value, int max)
    {
        if (value is not { } v)
        {
            errors.Missing(field);
        }
        else if (v <= 0)
        {
            errors.Add(field, VocationalText.MustBePositive());
        }
        else
        {
            errors.Range(field, v, 1, max);
        }
    }

    /// <summary>The first and last day of a calendar year.</summary>
    public static (DateOnly First, DateOnly Last) Days(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>A national ID as stored: trimmed, the check character upper case.</summary>
    public static string Normalised(string nationalId) => nationalId.Trim().ToUpperInvariant();

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
