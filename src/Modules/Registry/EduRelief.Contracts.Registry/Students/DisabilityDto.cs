namespace EduRelief.Contracts.Registry;

/// <summary>A disability with its category and grade (1 most severe … 4).</summary>
public sealed record DisabilityDto
{
    public required DisabilityCategory Category { get; init; }

    public required int Grade { get; init; }
}
