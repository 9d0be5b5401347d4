using System.Text.RegularExpressions;

namespace EduRelief.Host.Http;

/// <summary>
/// A query or route value of the wrong type (<c>?leftBehind=maybe</c>) fails binding before any module code runs;
/// this names the parameter and says what it should be, like every other field error.
/// </summary>
internal static partial class ParameterBindingErrors
{
    public static bool TryDescribe(string message, out (string Field, string Message) error)
    {
        var match = FailedBinding().Match(message);
        if (!match.Success)
        {
            error = default;
            return false;
        }

        var name = match.Groups["name"].Value;
        var field = char.ToLowerInvariant(name[0]) + name[1..];
        var type = match.Groups["type"].Value;
        var value = match.Groups["value"].Value;
        var expected =
            type.Contains("bool", StringComparison.OrdinalIgnoreCase) ? BindingTexts.TrueOrFalse()
            : type.Contains("int", StringComparison.OrdinalIgnoreCase) ? BindingTexts.WholeNumber()
            : type.Contains("DateOnly", StringComparison.Ordinal) ? BindingTexts.Date()
            : type.Contains("Guid", StringComparison.Ordinal) ? BindingTexts.Id()
            : BindingTexts.WrongFormat();
        error = (field, $"'{value}' {expected}");
        return true;
    }

    [GeneratedRegex("^Failed to bind parameter \"(?<type>.+) (?<name>\\w+)\" from \"(?<value>.*)\"\\.?$")]
    private static partial Regex FailedBinding();
}
