namespace EduRelief.Contracts.Vocational;

/// <summary>A poor-household student enrolled at the county's vocational school: the Registry's student id and the enrolment's school.</summary>
public sealed record RainDewStudentDto
{
    public required Guid StudentId { get; init; }

    public required string NationalId { get; init; }

    public required string Name { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public required string SpecialtyCode { get; init; }

    public required DateOnly EnrolledOn { get; init; }
}
