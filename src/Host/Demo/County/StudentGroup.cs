namespace EduRelief.Host.Demo.County;

/// <summary>Who a planned student is in the county's story.</summary>
internal enum StudentGroup
{
    Compulsory,
    Preschool,
    Senior,
    SpecialSchool,

    /// <summary>A poor-household student who entered the vocational school's new specialties in September 2025.</summary>
    VocationalEntrant,

    /// <summary>A student of the 2022 vocational intake, who graduated in July 2025.</summary>
    VocationalGraduate,
}
