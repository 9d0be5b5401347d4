using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.SchoolConstruction.Features.Shared;

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

    /// <summary>A list's <c>schoolCode</c> and <c>townshipCode</c> filters; an empty one keeps every record.</summary>
    public static IQueryable<T> AtSchoolAndTownship<T>(this IQueryable<T> records, string? schoolCode, string? townshipCode)
        where T : class, ISchoolRecord
    {
        if (schoolCode is { Length: > 0 } school)
        {
            records = records.Where(r => r.SchoolCode == school);
        }

        return townshipCode is { Length: > 0 } township ? records.Where(r => r.TownshipCode == township) : records;
    }

    /// <summary>The record, or a 404 as if it did not exist when it lies outside the caller's scope (audited as a refusal).</summary>
    public static T EnsureInScope<T>(this T record, DataScope scope, string resource, string key)
        where T : ISchoolRecord =>
        scope.Includes(record.TownshipCode, record.SchoolCode) ? record : throw new OutOfScopeException(resource, key);
}
