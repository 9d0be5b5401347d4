using EduRelief.Modules.DropoutControl.Domain;

namespace EduRelief.Modules.DropoutControl;

/// <summary>How the county scores dropout risk (<c>EduRelief:DropoutControl:Risk</c>); checked when the Host starts.</summary>
internal sealed class RiskOptions
{
    public const string Section = "EduRelief:DropoutControl:Risk";

    public const int MostMonths = 60;

    public RiskWeights Weights { get; set; } = new();

    /// <summary>How far back a school change counts as recent: the last 12 months by default.</summary>
    public int RecentMonths { get; set; } = 12;

    /// <summary>What county IT is told at start when a setting is out of range.</summary>
    public const string Rules = Section + ": each Weights:<signal> must be 0–100, RecentMonths 1–60";

    public bool IsValid => !Weights.OutOfRange().Any() && RecentMonths is >= 1 and <= MostMonths;
}
