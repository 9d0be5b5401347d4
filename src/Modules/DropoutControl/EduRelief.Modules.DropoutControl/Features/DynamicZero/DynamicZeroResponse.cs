namespace EduRelief.Modules.DropoutControl.Features.DynamicZero;

/// <summary>The open confirmed cases of the county (or of the caller's scope) and of each township, each with whether it is at zero.</summary>
internal sealed record DynamicZeroResponse(DateOnly CountedOn, int OpenConfirmed, bool AtZero, int TownshipsNotAtZero, IReadOnlyList<TownshipZero> Townships);
