namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// What each signal adds to a student's risk score (<c>EduRelief:DropoutControl:Risk:Weights:*</c>); the score is the
/// sum of the weights of the signals present. The defaults put a recent case and a disabled child with no school
/// placement first, as the seed county's ledger found them most often behind a dropout.
/// </summary>
internal sealed class RiskWeights
{
    public const int Most = 100;

    public int Hardship { get; set; } = 20;

    public int LeftBehind { get; set; } = 15;

    public int DisabledUnplaced { get; set; } = 25;

    public int OverAge { get; set; } = 20;

    public int SchoolChanges { get; set; } = 15;

    public int RecentCase { get; set; } = 30;

    public int Of(RiskSignal signal) => signal switch
    {
        RiskSignal.Hardship => Hardship,
        RiskSignal.LeftBehind => LeftBehind,
        RiskSignal.DisabledUnplaced => DisabledUnplaced,
        RiskSignal.OverAge => OverAge,
        RiskSignal.SchoolChanges => SchoolChanges,
        RiskSignal.RecentCase => RecentCase,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, null),
    };

    public int Score(IEnumerable<RiskSignal> signals) => signals.Distinct().Sum(Of);

    /// <summary>The signals whose weight lies outside 0–<see cref="Most"/>.</summary>
    public IEnumerable<RiskSignal> OutOfRange() => Enum.GetValues<RiskSignal>().Where(s => Of(s) is < 0 or > Most);
}
