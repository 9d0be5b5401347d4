using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

/// <summary>Checks of input shape the module's validators share.</summary>
internal static class SpecialNeedsInput
{
    public const int MaxListed = 500;

    /// <summary>残疾等级: 1 (most severe) to 4.</summary>
    public static void Grade(this ValidationErrors errors, string field, int? value)
    {
        if (value is null)
        {
            errors.Missing(field);
        }

        errors.Range(field, value, 1, 4);
    }

    /// <summary>A list of national IDs, at least one and at most <see cref="MaxListed"/>, each valid (<c>field[i]</c>).</summary>
    public static void NationalIds(this ValidationErrors errors, string field, IReadOnlyList<string?>? values, bool required = true)
    {
        if (values is null || values.Count == 0)
        {
            if (required)
            {
                errors.Add(field, SpecialNeedsText.NoneGiven());
            }

            return;
        }

        if (values.Count > MaxListed)
        {
            errors.Add(field, SpecialNeedsText.TooMany(MaxListed));
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            errors.NationalIdOf($"{field}[{i}]", values[i]);
        }
    }

    public static string Normalized(string nationalId) => nationalId.Trim().ToUpperInvariant();

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

}
