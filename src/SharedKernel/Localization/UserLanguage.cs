namespace EduRelief.SharedKernel.Localization;

/// <summary>
/// The language of the current caller: Chinese (zh-CN) unless the request asks for English. The Host sets it per
/// request from <c>Accept-Language</c>; work outside a request (jobs, start-up) speaks Chinese.
/// </summary>
public static class UserLanguage
{
    private static readonly AsyncLocal<bool> English = new();

    public static bool IsEnglish => English.Value;

    /// <summary>The tag a response is in: <c>zh-CN</c> or <c>en</c>.</summary>
    public static string Tag => IsEnglish ? "en" : "zh-CN";

    /// <summary>Speaks English (or Chinese) in the current flow and what it starts, until the scope is disposed.</summary>
    public static IDisposable Use(bool english)
    {
        var before = English.Value;
        English.Value = english;
        return new Restore(before);
    }

    /// <summary>
    /// The language an <c>Accept-Language</c> header prefers among the two the system speaks: the one with the higher
    /// quality, the earlier on a tie; Chinese when it names neither.
    /// </summary>
    public static bool PrefersEnglish(IEnumerable<(string Tag, double Quality)> accepted)
    {
        foreach (var (tag, _) in accepted.Where(a => a.Quality > 0).OrderByDescending(a => a.Quality))
        {
            var primary = tag.Split('-', 2)[0];
            if (primary.Equals("zh", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (primary.Equals("en", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Restore(bool before) : IDisposable
    {
        public void Dispose() => English.Value = before;
    }
}
