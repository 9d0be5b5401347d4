namespace EduRelief.Contracts.Registry;

public sealed record SchoolDto
{
    public required Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string TownshipCode { get; init; }

    public required Stage Stage { get; init; }

    public required SchoolLocation Location { get; init; }

    public required int Classrooms { get; init; }
}
