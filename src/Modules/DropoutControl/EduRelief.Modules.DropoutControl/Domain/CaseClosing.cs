namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>An outcome as the request gives it: the school only for Returned, the approving authority for Exempted and Deferred.</summary>
internal sealed record CaseClosing(CaseOutcome Outcome, DateOnly On, string? SchoolCode, string? Approval);
