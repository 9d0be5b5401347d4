using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>The caller's townships and schools, applied to the module's records.</summary>
internal static class ScopeFilter
{
    public static IQueryable<T> InScope<T>(this IQueryable<T> records, DataScope scope)
        where T : class, IScopedRecord
    {
        if (scope.All)
        {
            return records;
        }

        var townships = scope.TownshipCodes.ToList();
        var schools = scope.SchoolCodes.ToList();
        return records.Where(r => townships.Contains(r.TownshipCode) || (r.SchoolCode != null && schools.Contains(r.SchoolCode)));
    }

    /// <summary>The record, or a 404 as if it did not exist when it lies outside the caller's scope (audited as a refusal).</summary>
    public static T EnsureInScope<T>(this T record, DataScope scope, string resource, string key)
        where T : IScopedRecord =>
        scope.All || scope.TownshipCodes.Contains(record.TownshipCode) || (record.SchoolCode is { } school && scope.SchoolCodes.Contains(school))
            ? record
            : throw new OutOfScopeException(resource, key);
}
