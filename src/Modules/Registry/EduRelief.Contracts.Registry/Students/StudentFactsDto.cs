namespace EduRelief.Contracts.Registry;

/// <summary>A registered student's identity facts (<see cref="MatchStudentsQuery"/>): no name, guardian or account.</summary>
public sealed record StudentFactsDto
{
    public required Guid Id { get; init; }

    public required string NationalId { get; init; }

    public required string TownshipCode { get; init; }

    public required string SchoolCode { get; init; }

    public required StudentStatus Status { get; init; }

    public required bool LeftBehind { get; init; }

    public DisabilityDto? Disability { get; init; }
}
