using System.Globalization;

namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>
/// The reference a line carries to the bank and the bank returns with its result: <c>ER</c> and the line's key, so it
/// is unique because the key is, and a result row finds its line without trusting the name or ID typed beside it.
/// </summary>
internal static class BatchLineReference
{
    private const string Prefix = "ER";

    public static string Of(long lineId) => Prefix + lineId.ToString("D10", CultureInfo.InvariantCulture);

    public static bool TryParse(string reference, out long lineId)
    {
        lineId = 0;
        return reference.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && long.TryParse(reference.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out lineId);
    }
}
