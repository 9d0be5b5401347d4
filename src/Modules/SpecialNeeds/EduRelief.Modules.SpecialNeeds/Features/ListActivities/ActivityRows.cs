using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.SpecialNeeds.Features.ListActivities;

/// <summary>The activities of the caller's scope dated in a year, for the lists and the figures alike.</summary>
internal static class ActivityRows
{
    public static IQueryable<HomeActivity> InYear(SpecialNeedsDbContext db, ICallerContext caller, int? year)
    {
        var activities = db.Activities.AsQueryable().InScope(caller.Scope);
        if (year is { } y)
        {
            var (first, end) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            activities = activities.Where(a => a.On >= first && a.On <= end);
        }

        return activities;
    }
}
