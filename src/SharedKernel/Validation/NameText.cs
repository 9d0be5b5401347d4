using System.Globalization;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.SharedKernel.Validation;

/// <summary>
/// What a name (of a student, a township, a school, a village) may hold: visible text. Control characters and
/// invisible formatting (bidi overrides that turn a name around on screen, zero-width spaces that make two names look
/// the same) are refused, and so is a name with nothing visible in it. ZWNJ and ZWJ stay allowed within a name, where
/// some scripts need them to join letters.
/// </summary>
public static class NameText
{
    /// <summary>Why the name cannot be stored, or null when it can.</summary>
    public static UserText? Problem(string name)
    {
        var visible = false;
        foreach (var c in name)
        {
            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Control || (category == UnicodeCategory.Format && c is not ('\u200C' or '\u200D')))
            {
                var code = $"U+{(int)c:X4}";
                return new UserText($"含有不可见的控制或格式字符（{code}），名称中不允许", $"contains an invisible control or formatting character ({code}), which a name may not hold");
            }

            visible |= !char.IsWhiteSpace(c) && category != UnicodeCategory.Format;
        }

        return visible ? null : new UserText("必须包含可见的文字", "must contain visible characters");
    }
}
