using System.Linq.Expressions;

namespace EduRelief.Modules.Vocational.Domain;

/// <summary>Whether an enrolment was active, and its student poor, on some day of a period: written as queries the database answers.</summary>
internal static class EnrolmentPeriods
{
    /// <summary>Enrolled on or before the period's last day and not graduated before its first.</summary>
    public static Expression<Func<Enrolment, bool>> ActiveDuring(DateOnly from, DateOnly to) =>
        e => e.EnrolledOn <= to && (e.GraduatedOn == null || e.GraduatedOn >= from);

    /// <summary>
    /// Poor on the period's first day (the last change on or before it says so), or becoming poor within it. The
    /// history starts at enrolment, so a poor change on or before <paramref name="to"/> lies within the enrolment.
    /// </summary>
    public static Expression<Func<Enrolment, bool>> PoorDuring(DateOnly from, DateOnly to) =>
        e => e.Changes.Where(c => c.EffectiveOn <= from).OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.Id).Select(c => c.Poor).FirstOrDefault()
             || e.Changes.Any(c => c.Poor && c.EffectiveOn > from && c.EffectiveOn <= to);

    /// <summary>Poor on some day from enrolment to <paramref name="to"/>.</summary>
    public static Expression<Func<Enrolment, bool>> PoorBy(DateOnly to) =>
        e => e.Changes.Any(c => c.Poor && c.EffectiveOn <= to);
}
