using System.Buffers;
using System.Globalization;
using System.Text;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.SharedKernel.Validation;

/// <summary>
/// What a name (of a student, a township, a school, a village) may hold: visible text. Control characters and
/// invisible formatting (bidi overrides that turn a name around on screen, zero-width spaces that make two names look
/// the same), line and paragraph separators and broken UTF-16 (a lone surrogate) are refused, and so is a name with
/// nothing visible in it. ZWNJ and ZWJ stay allowed within a name, where
/// some scripts need them to join letters.
/// </summary>
public static class NameText
{
    /// <summary>Why the name cannot be stored, or null when it can.</summary>
    public static UserText? Problem(string name)
    {
        var visible = false;
        for (var rest = name.AsSpan(); !rest.IsEmpty;)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done)
            {
                var lone = $"U+{(int)rest[0]:X4}";
                return new UserText($"含有不成对的代理字符（{lone}），文字已损坏", $"contains a lone surrogate ({lone}): the text is broken");
            }

            rest = rest[used..];
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || (category == UnicodeCategory.Format && rune.Value is not (0x200C or 0x200D)))
            {
                var code = $"U+{rune.Value:X4}";
                return new UserText($"含有不可见的控制或格式字符（{code}），名称中不允许", $"contains an invisible control or formatting character ({code}), which a name may not hold");
            }

            visible |= !Rune.IsWhiteSpace(rune) && category != UnicodeCategory.Format;
        }

        return visible ? null : new UserText("必须包含可见的文字", "must contain visible characters");
    }
}
