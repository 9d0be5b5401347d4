namespace EduRelief.Modules.Vocational.Domain;

/// <summary>An adult on a skills course, counted apart from students; once per course (unique), with the certificate gained if any.</summary>
internal sealed class AdultTrainee
{
    public Guid Id { get; init; }

    public Guid CourseId { get; init; }

    public required string CourseCode { get; init; }

    public required string TownshipCode { get; init; }

    public DateOnly CourseStartsOn { get; init; }

    public required string NationalId { get; init; }

    public required string Name { get; init; }

    public string? Certificate { get; private set; }

    public int Version { get; private set; }

    public static AdultTrainee On(AdultCourse course, Guid id, string nationalId, string name, string? certificate) => new()
    {
        Id = id, CourseId = course.Id, CourseCode = course.Code, TownshipCode = course.TownshipCode, CourseStartsOn = course.StartsOn, NationalId = nationalId, Name = name,
        Certificate = certificate,
    };

    public void Certify(string certificate, AdultCourse course, DateOnly today)
    {
        if (course.EndsOn > today)
        {
            throw Refusals.Invalid("certificate", VocationalText.CourseNotOver(course.Code, course.EndsOn));
        }

        Certificate = certificate;
        Version++;
    }
}
