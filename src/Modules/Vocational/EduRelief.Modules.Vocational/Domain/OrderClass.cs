namespace EduRelief.Modules.Vocational.Domain;

/// <summary>
/// An order-based class (订单式培养): trained in a specialty for a named employer who commits to hire a number of
/// places. It never holds more students than places; the count of its students is kept on the row (with a version)
/// so that two placements at once cannot both take the last place.
/// </summary>
internal sealed class OrderClass : ISchoolRecord
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string SpecialtyCode { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public required string Employer { get; init; }

    public int Places { get; init; }

    public int Year { get; init; }

    public int Students { get; private set; }

    public int Version { get; private set; }

    public void Take(Enrolment enrolment)
    {
        if (enrolment.SpecialtyCode != SpecialtyCode)
        {
            throw Refusals.Invalid("orderClassCode", VocationalText.OtherSpecialty(Code, SpecialtyCode, enrolment.SpecialtyCode));
        }

        if (Students >= Places)
        {
            throw Refusals.Conflict("orderClassCode", VocationalText.ClassFull(Code, Places));
        }

        enrolment.JoinClass(this);
        Students++;
        Version++;
    }
}
