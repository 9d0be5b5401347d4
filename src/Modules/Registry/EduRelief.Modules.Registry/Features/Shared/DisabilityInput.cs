namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary><c>{"category": "Hearing", "grade": 2}</c> as the client sent it.</summary>
internal sealed record DisabilityInput
{
    public string? Category { get; init; }

    public int? Grade { get; init; }
}
