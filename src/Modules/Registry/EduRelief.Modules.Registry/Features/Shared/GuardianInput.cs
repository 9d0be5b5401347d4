namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary><c>{"name", "relation", "nationalId", "phone"}</c> as the client sent it.</summary>
internal sealed record GuardianInput
{
    public string? Name { get; init; }

    public string? Relation { get; init; }

    public string? NationalId { get; init; }

    public string? Phone { get; init; }
}
