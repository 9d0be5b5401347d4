namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// Where a case stands (动态销号), in the only order it may move: 疑似辍学 → 确认辍学 → 劝返中 → 已返校 → 观察期 → 销号.
/// A case closed by another outcome goes straight to <see cref="Closed"/>.
/// </summary>
internal enum CaseStage
{
    Suspected,
    Confirmed,
    Persuading,
    Returned,
    Observed,
    Closed,
}
