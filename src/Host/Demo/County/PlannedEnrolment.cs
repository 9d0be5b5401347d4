namespace EduRelief.Host.Demo.County;

/// <summary>A vocational enrolment; a graduate's with the day they left and where they went.</summary>
internal sealed record PlannedEnrolment(
    PlannedStudent Student, string SpecialtyCode, string? OrderClassCode, DateOnly GraduatedOn = default, string? Outcome = null, string? Employer = null)
{
    public bool Graduates => Outcome is not null;
}
