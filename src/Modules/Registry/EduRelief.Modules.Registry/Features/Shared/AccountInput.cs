namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary><c>{"holder", "bank", "number"}</c> as the client sent it.</summary>
internal sealed record AccountInput
{
    public string? Holder { get; init; }

    public string? Bank { get; init; }

    public string? Number { get; init; }
}
