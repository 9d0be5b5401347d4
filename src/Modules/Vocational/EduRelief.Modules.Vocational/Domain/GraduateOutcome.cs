namespace EduRelief.Modules.Vocational.Domain;

/// <summary>Where a graduate went: employed by the employer who ordered their class, employed elsewhere, on to further study, or not employed.</summary>
internal enum GraduateOutcome
{
    EmployedByOrderingEmployer,
    EmployedElsewhere,
    FurtherStudy,
    NotEmployed,
}
