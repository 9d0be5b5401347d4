namespace EduRelief.Modules.DropoutControl.Jobs;

/// <summary>What one run of the risk job reads once: the day, how far back a school move counts, and the students with a case closed in the last year.</summary>
internal sealed record RiskRun(DateOnly Today, DateOnly MovesSince, bool SpecialNeedsOn, HashSet<Guid> RecentCases);
