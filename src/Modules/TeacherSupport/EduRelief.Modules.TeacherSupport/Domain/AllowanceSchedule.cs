using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Errors;

namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>
/// Every allowance tier, and the rules for adding a set of them: a new tier follows an open tier of the same schools
/// (which then ends the day before), but overlapping a tier's dates otherwise is refused; nothing may change a month
/// whose roll is approved, so a change applies only to later months.
/// </summary>
internal sealed class AllowanceSchedule(IReadOnlyList<AllowanceTier> tiers)
{
    public IReadOnlyList<AllowanceTier> Tiers => tiers;

    /// <summary>Adds <paramref name="added"/> (all from one date); returns the tiers it ended. Throws without changing anything when one is refused.</summary>
    public IReadOnlyList<AllowanceTier> Add(IReadOnlyList<AllowanceTier> added, RollMonth? lastApproved)
    {
        var from = added[0].EffectiveFrom;
        if (lastApproved is { } approved && from <= approved.LastDay)
        {
            throw new ConflictException("effectiveFrom", TeacherText.RollApproved(approved));
        }

        var ended = new List<(AllowanceTier Tier, DateOnly LastDay)>();
        for (var i = 0; i < added.Count; i++)
        {
            var tier = added[i];
            foreach (var existing in tiers.Where(t => t.SameSchoolsAs(tier) && t.Overlaps(tier.EffectiveFrom, tier.EffectiveTo)))
            {
                if (existing.EffectiveTo is null && existing.EffectiveFrom < tier.EffectiveFrom)
                {
                    ended.Add((existing, tier.EffectiveFrom.AddDays(-1)));
                }
                else
                {
                    throw new ConflictException($"tiers[{i}]", TeacherText.Overlaps(existing));
                }
            }
        }

        foreach (var (tier, lastDay) in ended)
        {
            tier.EndOn(lastDay);
        }

        return ended.Select(e => e.Tier).ToList();
    }

    /// <summary>The month's amount for a teacher at a school on the month's first day: the school's own tier, else its location's; null when neither covers it.</summary>
    public decimal? MonthlyFor(string schoolCode, SchoolLocation location, DateOnly day)
    {
        if (!location.IsRural())
        {
            return null;
        }

        AllowanceTier? byLocation = null;
        foreach (var t in tiers)
        {
            if (!t.Covers(day))
            {
                continue;
            }

            if (t.SchoolCode == schoolCode)
            {
                return t.Monthly;
            }

            if (t.SchoolCode is null && t.Location == location)
            {
                byLocation = t;
            }
        }

        return byLocation?.Monthly;
    }
}
