namespace EduRelief.Contracts.Subsidies;

public sealed record UnpaidStudentDto
{
    public required Guid StudentId { get; init; }

    public required string NationalId { get; init; }

    public required string Name { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }
}
