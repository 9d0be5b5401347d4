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
            return ("body", "is not valid JSON");
        }

        var text = error.Message;
        var message =
            text.Contains("System.DateOnly", StringComparison.Ordinal) ? "must be a date in the form YYYY-MM-DD"
            : text.Contains("System.Int32", StringComparison.Ordinal) ? "must be a whole number"
            : text.Contains("System.Boolean", StringComparison.Ordinal) ? "must be true or false"
            : text.Contains("System.Decimal", StringComparison.Ordinal) ? "must be a number"
            : text.Contains("System.String", StringComparison.Ordinal) ? "must be text"
            : text.Contains("System.Guid", StringComparison.Ordinal) ? "must be an id"
            : field == "body" ? "is not valid JSON" : "has a value of the wrong type";
        return (field, message);
    }
}
