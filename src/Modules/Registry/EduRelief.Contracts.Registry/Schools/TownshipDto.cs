namespace EduRelief.Contracts.Registry;

public sealed record TownshipDto
{
    public required Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }
}
