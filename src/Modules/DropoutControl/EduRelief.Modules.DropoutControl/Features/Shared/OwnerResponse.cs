namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>One owner's period in a role; <c>to</c> null while current.</summary>
internal sealed record OwnerResponse(string Role, string Name, DateOnly From, DateOnly? To);
