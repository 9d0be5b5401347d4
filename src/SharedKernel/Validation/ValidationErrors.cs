using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.SharedKernel.Validation;

/// <summary>Collects field errors (camelCase field names, as the client sent them).</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>How many messages have been collected, over all fields.</summary>
    public int Count => _errors.Values.Sum(messages => messages.Count);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(message);
    }

    /// <summary>A field that was not sent at all.</summary>
    public void Missing(string field) => Add(field, CommonTexts.IsRequired());

    public void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, CommonTexts.IsRequired());
        }
    }

    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(field, new UserText($"最多 {max} 个字符", $"must be at most {max} characters"));
        }
    }

    /// <summary>A required name of at most <paramref name="maxLength"/> characters (after trimming) that passes <see cref="NameText"/>.</summary>
    public void Name(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, CommonTexts.IsRequired());
            return;
        }

        MaxLength(field, value.Trim(), maxLength);
        if (NameText.Problem(value) is { } problem)
        {
            Add(field, problem);
        }
    }

    /// <summary>A national ID that must be sent, with the check character and the birth date it encodes checked.</summary>
    public void NationalIdOf(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Missing(field);
        }
        else if (!NationalId.TryParse(value, out _, out var problem))
        {
            Add(field, problem);
        }
    }

    /// <summary>A date that must be sent.</summary>
    public void Date(string field, DateOnly? value)
    {
        if (value is null)
        {
            Missing(field);
        }
    }

    /// <summary>A code (a school's, a course's…): at most 32 characters after trimming.</summary>
    public void Code(string field, string? value, bool required = true)
    {
        if (required)
        {
            Required(field, value);
        }

        MaxLength(field, value?.Trim(), 32);
    }

    /// <summary>Free text of at most <paramref name="max"/> characters after trimming.</summary>
    public void Text(string field, string? value, int max, bool required = true)
    {
        if (required)
        {
            Required(field, value);
        }

        MaxLength(field, value?.Trim(), max);
    }

    /// <summary>A calendar year between 2000 and 2100.</summary>
    public void Year(string field, int? value, bool required = true)
    {
        if (value is null && required)
        {
            Missing(field);
        }

        Range(field, value, 2000, 2100);
    }

    public void Range(string field, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            Add(field, new UserText($"须在 {min} 到 {max} 之间", $"must be between {min} and {max}"));
        }
    }

    /// <summary>Parses an enumeration named by its code; unknown codes are reported with the allowed list.</summary>
    public TEnum? Enum<TEnum>(string field, string? value, bool required = true)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, CommonTexts.IsRequired());
            }

            return null;
        }

        if (EnumCodes.TryParse<TEnum>(value, out var parsed))
        {
            return parsed;
        }

        var allowed = string.Join(", ", System.Enum.GetNames<TEnum>());
        Add(field, new UserText($"'{value}' 不是有效值，可选：{allowed}", $"'{value}' is not one of: {allowed}"));
        return null;
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new ValidationFailedException(ToDictionary());
        }
    }
}
