namespace EduRelief.Modules.DropoutControl.Features.DynamicZero;

/// <summary>One township's open confirmed cases; <see cref="Name"/> as the Registry names it.</summary>
internal sealed record TownshipZero(string TownshipCode, string? Name, int OpenConfirmed, bool AtZero);
