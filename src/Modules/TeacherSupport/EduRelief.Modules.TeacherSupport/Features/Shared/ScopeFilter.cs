using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.TeacherSupport.Features.Shared;

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

    /// <summary>Pairs with either school in the caller's scope.</summary>
    public static IQueryable<Pairing> InScope(this IQueryable<Pairing> pairings, DataScope scope)
    {
        if (scope.All)
        {
            return pairings;
        }

        var townships = scope.TownshipCodes.ToList();
        var schools = scope.SchoolCodes.ToList();
        return pairings.Where(p => townships.Contains(p.UrbanTownshipCode) || townships.Contains(p.RuralTownshipCode)
            || schools.Contains(p.UrbanSchoolCode) || schools.Contains(p.RuralSchoolCode));
    }

    /// <summary>The record, or a 404 as if it did not exist when it lies outside the caller's scope (audited as a refusal).</summary>
    public static T EnsureInScope<T>(this T record, DataScope scope, string resource, string key)
        where T : ISchoolRecord =>
        scope.Includes(record.TownshipCode, record.SchoolCode) ? record : throw new OutOfScopeException(resource, key);

    public static Pairing EnsureInScope(this Pairing pairing, DataScope scope) =>
        scope.Includes(pairing.UrbanTownshipCode, pairing.UrbanSchoolCode) || scope.Includes(pairing.RuralTownshipCode, pairing.RuralSchoolCode)
            ? pairing
            : throw new OutOfScopeException("Pairing", pairing.Id.ToString());

    /// <summary>County-wide work (courses, tiers, the month's roll) needs a county-wide caller; anyone else is answered 404.</summary>
    public static void EnsureCountyWide(this DataScope scope, string resource, string key)
    {
        if (!scope.All)
        {
            throw new OutOfScopeException(resource, key);
        }
    }
}
