using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;

namespace EduRelief.Modules.Vocational.Features.ListEnrolments;

/// <summary>The filters the figures count by, so that a figure and its list are the same query.</summary>
internal static class EnrolmentFilters
{
    private static readonly GraduateOutcome[] EmployedOutcomes = [GraduateOutcome.EmployedByOrderingEmployer, GraduateOutcome.EmployedElsewhere];

    public static IQueryable<Enrolment> Apply(IQueryable<Enrolment> enrolments, int? enrolledIn, bool? poor, int? graduatedIn, bool? employed)
    {
        if (enrolledIn is { } year)
        {
            var (first, last) = VocationalInput.Days(year);
            enrolments = enrolments.Where(e => e.EnrolledOn >= first && e.EnrolledOn <= last);
            if (poor is { } p)
            {
                var poorBy = EnrolmentPeriods.PoorBy(last);
                enrolments = p ? enrolments.Where(poorBy) : enrolments.Where(e => !e.Changes.Any(c => c.Poor && c.EffectiveOn <= last));
            }
        }
        else if (poor is { } current)
        {
            enrolments = enrolments.Where(e => e.PoorHousehold == current);
        }

        if (graduatedIn is { } graduated)
        {
            var (first, last) = VocationalInput.Days(graduated);
            enrolments = enrolments.Where(e => e.GraduatedOn >= first && e.GraduatedOn <= last);
        }

        if (employed is { } isEmployed)
        {
            enrolments = isEmployed
                ? enrolments.Where(e => e.Outcome != null && EmployedOutcomes.Contains(e.Outcome.Value))
                : enrolments.Where(e => e.Outcome != null && !EmployedOutcomes.Contains(e.Outcome.Value));
        }

        return enrolments;
    }
}
