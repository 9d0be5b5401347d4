using EduRelief.Contracts.Registry;
using EduRelief.Modules.SpecialNeeds.Data;
using EduRelief.Modules.SpecialNeeds.Domain;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.SpecialNeeds.Features.ListChildren;

/// <summary>The children a list filter selects, in the list's order, for the list, its export and the figures alike.</summary>
internal static class ChildRows
{
    public static IQueryable<DisabledChild> Matching(SpecialNeedsDbContext db, ICallerContext caller, ListChildrenQuery filter, DateOnly today)
    {
        var children = db.Children.AsQueryable().InScope(caller.Scope);
        if (filter.TownshipCode is { Length: > 0 } township)
        {
            children = children.Where(c => c.TownshipCode == township.Trim());
        }

        if (filter.VillageCode is { Length: > 0 } village)
        {
            children = children.Where(c => c.VillageCode == village.Trim());
        }

        if (filter.Category is { Length: > 0 } category)
        {
            var parsed = EnumCodes.Parse<DisabilityCategory>(category);
            children = children.Where(c => c.Category == parsed);
        }

        if (filter.Grade is { } grade)
        {
            children = children.Where(c => c.Grade == grade);
        }

        if (filter.Name is { Length: > 0 } name)
        {
            children = children.Where(c => c.Name.Contains(name.Trim()));
        }

        if (filter.SchoolAgeIn is { } year)
        {
            children = OfSchoolAge(children, year);
        }

        if (filter.Placement is { Length: > 0 } placement)
        {
            var day = filter.SchoolAgeIn is { } y ? FigureDay.Of(y, today) : today;
            children = Placed(db, children, new PlacementFilter(placement.Trim()), day);
        }

        return children.OrderBy(c => c.TownshipCode).ThenBy(c => c.Name).ThenBy(c => c.Id);
    }

    public static IQueryable<DisabledChild> OfSchoolAge(IQueryable<DisabledChild> children, int schoolYear)
    {
        var (from, to) = (SchoolAge.BornFrom(schoolYear), SchoolAge.BornTo(schoolYear));
        return children.Where(c => c.BirthDate >= from && c.BirthDate <= to);
    }

    public static IQueryable<PlacementPlan> InForce(SpecialNeedsDbContext db, DateOnly day) =>
        db.Plans.Where(p => p.StartsOn <= day && (p.EndsOn == null || day < p.EndsOn));

    private static IQueryable<DisabledChild> Placed(SpecialNeedsDbContext db, IQueryable<DisabledChild> children, PlacementFilter filter, DateOnly day)
    {
        var plans = InForce(db, day);
        var school = plans.Where(p => p.Mode == PlacementMode.RegularClass || p.Mode == PlacementMode.SpecialSchool || p.Mode == PlacementMode.HomeDelivered);
        return filter.Value switch
        {
            PlacementFilter.School => children.Where(c => school.Any(p => p.ChildId == c.Id)),
            PlacementFilter.Unplaced => children.Where(c => !school.Any(p => p.ChildId == c.Id)),
            PlacementFilter.None => children.Where(c => !plans.Any(p => p.ChildId == c.Id)),
            _ when filter.Mode is { } mode => children.Where(c => plans.Any(p => p.ChildId == c.Id && p.Mode == mode)),
            _ => children,
        };
    }
}
