using System.Text.Json;

namespace EduRelief.Host.Http;

/// <summary>Turns a body that could not be read as JSON into a field name and a reason a person can act on.</summary>
internal static class JsonBindingErrors
{
    public static (string Field, string Message) Describe(JsonException error)
    {
        var field = error.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "body";
        if (field.Length == 0)
        {
            field = "body";
        }

        if (error.InnerException is JsonException)
        {
            // The reader failed: the text is not JSON (cut off, a stray character), whatever field it stopped at.
            return ("body", BindingTexts.NotJson());
        }

        var text = error.Message;
        var message =
            error.InnerException is FormatException { Message: var reason } && reason.Contains("too large or too small", StringComparison.Ordinal) ? BindingTexts.NumberOutOfRange()
            : text.Contains("System.DateOnly", StringComparison.Ordinal) ? BindingTexts.Date()
            : text.Contains("System.Int32", StringComparison.Ordinal) ? BindingTexts.WholeNumber()
            : text.Contains("System.Boolean", StringComparison.Ordinal) ? BindingTexts.TrueOrFalse()
            : text.Contains("System.Decimal", StringComparison.Ordinal) ? BindingTexts.Number()
            : text.Contains("System.String", StringComparison.Ordinal) ? BindingTexts.Text()
            : text.Contains("System.Guid", StringComparison.Ordinal) ? BindingTexts.Id()
            : field == "body" ? BindingTexts.NotJson() : BindingTexts.WrongType();
        return (field, message);
    }
}
