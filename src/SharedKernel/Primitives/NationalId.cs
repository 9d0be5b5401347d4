using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.SharedKernel.Primitives;

/// <summary>
/// A resident identity number (居民身份证号, GB 11643): 6-digit area code, birth date YYYYMMDD,
/// 3-digit sequence (odd = male) and an ISO 7064 MOD 11-2 check character.
/// </summary>
public readonly partial record struct NationalId
{
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private NationalId(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    public string Value { get; }

    public DateOnly BirthDate { get; }

    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    public string AreaCode => Value[..6];

    /// <summary>The form shown to callers without the right to see full IDs: area code and last four kept.</summary>
    public string Masked => Mask(Value);

    public static string Mask(string value) =>
        value.Length == Length ? string.Concat(value.AsSpan(0, 6), "********", value.AsSpan(14, 4)) : value;

    /// <summary>
    /// Masks every run of 17 digits and a digit or X that stands alone in <paramref name="text"/>: for free text that
    /// may quote an ID (an error, an audit detail) on its way to someone who may not see IDs in full.
    /// </summary>
    public static string MaskWithin(string text) => IdShaped().Replace(text, m => Mask(m.Value.ToUpperInvariant()));

    public static NationalId Parse(string value) =>
        TryParse(value, out var id, out var error) ? id : throw new FormatException(error);

    /// <summary>Parses and checks an ID; on failure <paramref name="error"/> says exactly what is wrong.</summary>
    public static bool TryParse(
        string? value,
        out NationalId id,
        [NotNullWhen(false)] out string? error)
    {
        id = default;
        var text = value?.Trim().ToUpperInvariant() ?? string.Empty;
        if (text.Length != Length)
        {
            error = new UserText($"身份证号须为 {Length} 位（实际 {text.Length} 位）", $"must be {Length} characters (got {text.Length})");
            return false;
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                error = new UserText($"身份证号第 {i + 1} 位须为数字", $"character {i + 1} must be a digit");
                return false;
            }
        }

        var last = text[Length - 1];
        if (!char.IsAsciiDigit(last) && last != 'X')
        {
            error = new UserText("身份证号最后一位须为数字或 X", "the last character must be a digit or X");
            return false;
        }

        if (!DateOnly.TryParseExact(text.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate))
        {
            var digits = text.Substring(6, 8);
            error = new UserText($"身份证号中的出生日期 {digits} 不是有效日期", $"birth date {digits} is not a real date");
            return false;
        }

        var expected = ComputeCheckCharacter(text.AsSpan(0, Length - 1));
        if (expected != last)
        {
            error = new UserText($"身份证号校验码错误，应为 {expected}", $"check character should be {expected}");
            return false;
        }

        id = new NationalId(text, birthDate);
        error = null;
        return true;
    }

    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public override string ToString() => Value;

    [GeneratedRegex("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")]
    private static partial Regex IdShaped();
}
