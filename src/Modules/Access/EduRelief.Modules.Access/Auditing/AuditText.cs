using System.Globalization;
using System.Text;

namespace EduRelief.Modules.Access.Auditing;

/// <summary>
/// What the audit log stores of text a caller chose (a typed user name, a message quoting input): control and
/// invisible formatting characters — CR/LF that would start a forged line, U+202E that reverses what follows — are
/// written as <c>\uXXXX</c>, and the text is cut to a bound, marked with an ellipsis.
/// </summary>
internal static class AuditText
{
    public const int MaxUserName = 64;

    public static string Clean(string text, int max)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var unsafeChar = char.IsControl(c)
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || (char.IsHighSurrogate(c) && !(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                || (char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(text[i - 1])));
            if (unsafeChar)
            {
                cleaned ??= new StringBuilder(text, 0, i, text.Length + 16);
                cleaned.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                cleaned?.Append(c);
            }

            if ((cleaned?.Length ?? i + 1) > max)
            {
                break;
            }
        }

        var result = cleaned?.ToString() ?? text;
        return result.Length > max ? string.Concat(result.AsSpan(0, max - 1), "…") : result;
    }

    public static string? CleanOrNull(string? text, int max) => text is null ? null : Clean(text, max);
}
