using System.Globalization;
using System.Text.Json.Nodes;

namespace EduRelief.Host.Demo.InProcess;

/// <summary>Values read from the modules' JSON, as API.md writes them.</summary>
internal static class JsonValues
{
    /// <summary>A <c>YYYY-MM-DD</c> date.</summary>
    public static DateOnly Date(this JsonNode node) => DateOnly.ParseExact(node.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(this JsonNode node, string property) => node[property]!.GetValue<string>();
}
