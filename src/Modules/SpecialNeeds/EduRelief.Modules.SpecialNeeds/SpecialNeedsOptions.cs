namespace EduRelief.Modules.SpecialNeeds;

/// <summary>What the county sets for special education (<c>EduRelief:SpecialNeeds</c>).</summary>
internal sealed class SpecialNeedsOptions
{
    public const string Section = "EduRelief:SpecialNeeds";

    /// <summary>Home visits a month a home-delivered plan needs (送教上门每月次数).</summary>
    public int MinimumVisitsPerMonth { get; set; } = 2;

    /// <summary>The largest register file accepted for import.</summary>
    public long MaxImportBytes { get; set; } = 64L * 1024 * 1024;
}
