using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

/// <summary>Checks of input shape the module's validators share.</summary>
internal static class SpecialNeedsInput
{
    public const int MaxListed = 500;

    public static void NationalIdOf(this ValidationErrors errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Missing(field);
        }
        else if (!NationalId.TryParse(value, out _, out var problem))
        {
            errors.Add(field, problem);
        }
    }

    public static void Date(this ValidationErrors errors, string field, DateOnly? value)
    {
        if (value is null)
        {
            errors.Missing(field);
        }
    }

    public static void Code(this ValidationErrors errors, string field, string? value, bool required = true)
    {
        if (required)
        {
            errors.Required(field, value);
        }

        errors.MaxLength(field, value?.Trim(), 32);
    }

    /// <summary>残疾等级: 1 (most severe) to 4.</summary>
    public static void Grade(this ValidationErrors errors, string field, int? value)
    {
        if (value is null)
        {
            errors.Missing(field);
        }

        errors.Range(field, value, 1, 4);
    }

    public static void Text(this ValidationErrors errors, string field, string? value, int max)
    {
        errors.Required(field, value);
        errors.MaxLength(field, value?.Trim(), max);
    }

    public static void Year(this ValidationErrors errors, string field, int? value, bool required = true)
    {
        if (value is null && required)
        {
            errors.Missing(field);
        }

        errors.Range(field, value, 2000, 2100);
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
