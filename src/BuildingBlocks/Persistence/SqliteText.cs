using System.Globalization;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// The forms EF Core's SQLite provider stores values in, for the few hot paths that write rows with prepared
/// statements: EF Core reads those rows back exactly as if it had written them.
/// </summary>
internal static class SqliteText
{
    public static string Of(Guid value) => value.ToString().ToUpperInvariant();

    public static string Of(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
