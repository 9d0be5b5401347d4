using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.ListTeachers;

/// <summary>The teachers a list filter selects, in the list's order, for the list and its export alike.</summary>
internal static class TeacherRows
{
    public static IQueryable<Teacher> Matching(TeacherSupportDbContext db, ICallerContext caller, ListTeachersQuery filter)
    {
        var teachers = db.Teachers.AsNoTracking().Include(t => t.Postings).InScope(caller.Scope);
        if (filter.SchoolCode is { Length: > 0 } school)
        {
            teachers = teachers.Where(t => t.SchoolCode == school.Trim());
        }

        if (filter.TownshipCode is { Length: > 0 } township)
        {
            teachers = teachers.Where(t => t.TownshipCode == township.Trim());
        }

        if (filter.Name is { Length: > 0 } name)
        {
            teachers = teachers.Where(t => t.Name.Contains(name.Trim()));
        }

        if (filter.RuralYearsAtLeast is > 0)
        {
            // Only teachers who have served at a rural or remote school can have rural years; the years are counted in memory.
            teachers = teachers.Where(t => t.Postings.Any(p => p.Location == Contracts.Registry.SchoolLocation.Rural || p.Location == Contracts.Registry.SchoolLocation.Remote));
        }

        return teachers.OrderBy(t => t.SchoolCode).ThenBy(t => t.Name).ThenBy(t => t.Id);
    }

    /// <summary>Those of <paramref name="teachers"/> with at least the filter's years of rural service today.</summary>
    public static IEnumerable<Teacher> WithYears(IEnumerable<Teacher> teachers, ListTeachersQuery filter, DateOnly today) =>
        filter.RuralYearsAtLeast is { } years ? teachers.Where(t => t.RuralYears(today) >= years) : teachers;
}
