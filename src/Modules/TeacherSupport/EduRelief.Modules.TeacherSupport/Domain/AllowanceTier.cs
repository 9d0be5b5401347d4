using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>
/// The monthly rural living allowance (乡村教师生活补助) for the schools of one location, or for one named school (which
/// takes precedence over its location's), from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> (inclusive; open
/// while it lasts). Two tiers of the same schools never cover the same day.
/// </summary>
internal sealed class AllowanceTier
{
    public long Id { get; init; }

    /// <summary>Set when the tier is for every school of a location (Rural or Remote).</summary>
    public SchoolLocation? Location { get; init; }

    /// <summary>Set when the tier is for one named school.</summary>
    public string? SchoolCode { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; private set; }

    public decimal Monthly { get; init; }

    public bool Covers(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is null || EffectiveTo >= day);

    public bool Overlaps(DateOnly from, DateOnly? to) => EffectiveFrom <= (to ?? DateOnly.MaxValue) && from <= (EffectiveTo ?? DateOnly.MaxValue);

    public bool SameSchoolsAs(AllowanceTier other) => Location == other.Location && SchoolCode == other.SchoolCode;

    /// <summary>The tier's schools, as a person reads them: <c>Remote</c> or <c>school S001</c>.</summary>
    public string Schools => SchoolCode is null ? Location!.Value.ToString() : "school " + SchoolCode;

    public void EndOn(DateOnly lastDay) => EffectiveTo = lastDay;
}
