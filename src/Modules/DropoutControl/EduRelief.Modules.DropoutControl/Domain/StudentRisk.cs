namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// A compulsory-stage student's dropout risk score with the signals behind it, as the risk job last found them; kept
/// only while at least one signal is present. <see cref="ScoredOn"/> is the day the score or a signal last changed.
/// </summary>
internal sealed class StudentRisk : IScopedRecord
{
    public Guid StudentId { get; private init; }

    public string NationalId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string TownshipCode { get; private set; } = "";

    public string SchoolCode { get; private set; } = "";

    public int Grade { get; private set; }

    public int? Age { get; private set; }

    public int Score { get; private set; }

    /// <summary>The signals as their codes, comma-separated, in <see cref="RiskSignal"/> order.</summary>
    public string SignalCodes { get; private set; } = "";

    public DateOnly ScoredOn { get; private set; }

    public IReadOnlyList<RiskSignal> Signals =>
        SignalCodes.Length == 0 ? [] : SignalCodes.Split(',').Select(Enum.Parse<RiskSignal>).ToList();

    public static StudentRisk Of(RiskStudent student, IReadOnlyList<RiskSignal> signals, RiskWeights weights, DateOnly today)
    {
        var risk = new StudentRisk { StudentId = student.Id };
        risk.Rescore(student, signals, weights, today);
        return risk;
    }

    /// <summary>Takes the day's facts; false (and nothing touched) when they are what is kept already.</summary>
    public bool Rescore(RiskStudent student, IReadOnlyList<RiskSignal> signals, RiskWeights weights, DateOnly today)
    {
        var codes = string.Join(',', signals.Distinct().Order());
        var score = weights.Score(signals);
        if (codes == SignalCodes && score == Score && student.NationalId == NationalId && student.Name == Name
            && student.TownshipCode == TownshipCode && student.SchoolCode == SchoolCode && student.Grade == Grade && student.Age == Age)
        {
            return false;
        }

        if (codes != SignalCodes || score != Score)
        {
            ScoredOn = today;
        }

        (NationalId, Name, TownshipCode, SchoolCode, Grade, Age, Score, SignalCodes) =
            (student.NationalId, student.Name, student.TownshipCode, student.SchoolCode, student.Grade, student.Age, score, codes);
        return true;
    }
}
