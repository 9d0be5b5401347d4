namespace EduRelief.BuildingBlocks.Messaging;

/// <summary>How many lookups by national ID that find nothing a masked caller gets (<c>EduRelief:Access:Lookups</c>).</summary>
public sealed class LookupLimits
{
    public const string Section = "EduRelief:Access:Lookups";

    /// <summary>
    /// Misses per user per <see cref="Window"/>. A masked ID with the age leaves about 30–70 IDs to try; a clerk
    /// who mistypes a few IDs a day never meets the limit, a guesser gets through one child in several hours.
    /// </summary>
    public int MissesPerUser { get; set; } = 20;

    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);
}
