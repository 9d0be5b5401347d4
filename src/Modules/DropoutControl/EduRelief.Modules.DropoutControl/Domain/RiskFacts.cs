namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// What the other modules say of one student, read through their contracts, and what the module's own cases say: the
/// signals are read off these. <see cref="Placed"/> is null when SpecialNeeds is switched off, so a disability then
/// raises no signal rather than a wrong one.
/// </summary>
internal sealed record RiskFacts(
    bool Hardship, bool LeftBehind, bool Disabled, bool? Placed, DateOnly? BirthDate, int Grade, int SchoolChanges, bool RecentCase)
{
    public IReadOnlyList<RiskSignal> Signals(DateOnly today)
    {
        var signals = new List<RiskSignal>();
        if (Hardship)
        {
            signals.Add(RiskSignal.Hardship);
        }

        if (LeftBehind)
        {
            signals.Add(RiskSignal.LeftBehind);
        }

        if (Disabled && Placed == false)
        {
            signals.Add(RiskSignal.DisabledUnplaced);
        }

        if (BirthDate is { } born && GradeAge.IsOverAge(born, Grade, today))
        {
            signals.Add(RiskSignal.OverAge);
        }

        if (SchoolChanges > 0)
        {
            signals.Add(RiskSignal.SchoolChanges);
        }

        if (RecentCase)
        {
            signals.Add(RiskSignal.RecentCase);
        }

        return signals;
    }
}
