namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>A plan as asked for, its shape already checked.</summary>
internal sealed record PlanDraft(
    PlacementMode Mode, string Teacher, string Goals, DateOnly StartsOn, DateOnly ReviewOn, DateOnly? GuardianConsentOn, Guid? ReplacesPlanId);
