namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>A new case as the request gives it, checked for shape.</summary>
internal sealed record CaseDraft(
    DateOnly DetectedOn, string DetectedBy, CaseStage Stage, IReadOnlyList<DropoutReason> Reasons, IReadOnlyDictionary<OwnerRole, string> Owners);
