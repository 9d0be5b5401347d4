using EduRelief.Modules.Vocational.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.Vocational.Features.Shared;

/// <summary>The caller's townships and schools, applied to the module's records.</summary>
internal static class ScopeFilter
{
    public static IQueryable<T> InScope<T>(this IQueryable<T> records, DataScope scope)
        where T : class, ISchoolRecord
    {
        if (scope.All)
        {
            return records;
        }

        var townships = scope.TownshipCodes.ToList();
        var schools = scope.SchoolCodes.ToList();
        return records.Where(r => townships.Contains(r.TownshipCode) || schools.Contains(r.SchoolCode));
    }

    /// <summary>Adult courses and their trainees belong to the township that holds them.</summary>
    public static IQueryable<AdultCourse> InScope(this IQueryable<AdultCourse> courses, DataScope scope)
    {
        var townships = scope.TownshipCodes.ToList();
        return scope.All ? courses : courses.Where(c => townships.Contains(c.TownshipCode));
    }

    public static IQueryable<AdultTrainee> InScope(this IQueryable<AdultTrainee> trainees, DataScope scope)
    {
        var townships = scope.TownshipCodes.ToList();
        return scope.All ? trainees : trainees.Where(t => townships.Contains(t.TownshipCode));
    }

    /// <summary>The record, or a 404 as if it did not exist when it lies outside the caller's scope.</summary>
    public static T EnsureInScope<T>(this T record, DataScope scope, string resource, string key)
        where T : ISchoolRecord =>
        scope.Includes(record.TownshipCode, record.SchoolCode) ? record : throw new OutOfScopeException(resource, key);

    public static AdultCourse EnsureInScope(this AdultCourse course, DataScope scope) =>
        scope.IncludesTownship(course.TownshipCode) ? course : throw new OutOfScopeException("AdultCourse", course.Code);
}
