namespace EduRelief.SharedKernel.Validation;

/// <summary>Enumerations travel as their names; numbers are not accepted as codes.</summary>
public static class EnumCodes
{
    public static bool TryParse<TEnum>(string value, out TEnum parsed)
        where TEnum : struct, Enum
    {
        var trimmed = value.Trim();
        if (trimmed.Length > 0 && !char.IsDigit(trimmed[0]) && trimmed[0] != '-'
            && Enum.TryParse(trimmed, ignoreCase: true, out parsed) && Enum.IsDefined(parsed))
        {
            return true;
        }

        parsed = default;
        return false;
    }

    /// <summary>For a value a validator has already accepted.</summary>
    public static TEnum Parse<TEnum>(string value)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(value, out var parsed) ? parsed : throw new FormatException($"'{value}' is not a {typeof(TEnum).Name}.");
}
