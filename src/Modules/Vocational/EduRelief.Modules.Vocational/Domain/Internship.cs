namespace EduRelief.Modules.Vocational.Domain;

/// <summary>An internship (顶岗实习) at a training base, within the enrolment.</summary>
internal sealed class Internship : ISchoolRecord
{
    public Guid Id { get; init; }

    public Guid EnrolmentId { get; init; }

    public Guid StudentId { get; init; }

    public required string NationalId { get; init; }

    public required string Name { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public required string Base { get; init; }

    public DateOnly StartsOn { get; init; }

    public DateOnly EndsOn { get; init; }
}
