using System.Linq.Expressions;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;

namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary>Filters over the status history, translated to SQL so the database counts a county in one query.</summary>
internal static class StatusHistory
{
    /// <summary>The last change effective by the day, else the status the first later change left, else the status now.</summary>
    public static Expression<Func<Student, bool>> On(StatusOnDay on)
    {
        var (day, status, name) = (on.Day, on.Status, on.Status.ToString());
        return s => s.EnrolledOn <= day
            && (s.Changes.Where(c => c.Field == StudentChange.StatusField && c.EffectiveOn <= day)
                    .OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.Id).Select(c => c.NewValue).FirstOrDefault()
                ?? s.Changes.Where(c => c.Field == StudentChange.StatusField && c.EffectiveOn > day)
                    .OrderBy(c => c.EffectiveOn).ThenBy(c => c.Id).Select(c => c.OldValue).FirstOrDefault()
                ?? (s.Status == status ? name : null)) == name;
    }

    /// <summary>Any of the windows: one OR of their conditions, each inlined by the query translator.</summary>
    public static Expression<Func<Student, bool>> ChangedInto(IReadOnlyList<StatusChangeWindow> windows)
    {
        var student = Expression.Parameter(typeof(Student), "s");
        var any = windows.Select(w => (Expression)Expression.Invoke(Window(w), student)).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<Student, bool>>(any, student);
    }

    private static Expression<Func<Student, bool>> Window(StatusChangeWindow window)
    {
        var (to, from, until) = (window.To.ToString(), window.During.From, window.During.To);
        var (bornFrom, bornTo) = (window.BornBetween.From, window.BornBetween.To);
        return s => s.BirthDate >= bornFrom && s.BirthDate <= bornTo
            && s.Changes.Any(c => c.Field == StudentChange.StatusField && c.NewValue == to && c.EffectiveOn >= from && c.EffectiveOn <= until);
    }
}
