namespace EduRelief.Modules.Vocational.Features.Shared;

/// <summary>From <see cref="EffectiveOn"/> the student's household was (or no longer was) a registered poor household, as <see cref="Source"/> said.</summary>
internal sealed record PoorHouseholdEntryResponse(DateOnly EffectiveOn, bool Poor, string Source);
