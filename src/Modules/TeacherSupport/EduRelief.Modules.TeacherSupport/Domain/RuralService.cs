namespace EduRelief.Modules.TeacherSupport.Domain;

/// <summary>
/// Years of rural service from a service history: the postings at rural or remote schools up to a day, adjoining
/// postings joined into one stretch; each stretch counts its whole calendar months, and the days left over from all
/// stretches count 31 to a month (so the part-month of one stretch never makes a month by itself). Twelve months make a year; only whole years count.
/// </summary>
internal static class RuralService
{
    /// <summary>Left-over days make a month at 31: a stretch's part-month (at most 30 days) never does by itself.</summary>
    public const int DaysToAMonth = 31;

    public static int Months(IEnumerable<Posting> postings, DateOnly asOf)
    {
        var stretches = new List<(DateOnly From, DateOnly Until)>();
        foreach (var p in postings.Where(p => p.Location.IsRural() && p.StartsOn <= asOf).OrderBy(p => p.StartsOn))
        {
            // Served from StartsOn up to (not including) the day after EndsOn, counted no later than asOf.
            var until = p.EndsOn is { } end && end < asOf ? end.AddDays(1) : asOf;
            if (stretches.Count > 0 && p.StartsOn <= stretches[^1].Until)
            {
                var last = stretches[^1];
                stretches[^1] = (last.From, until > last.Until ? until : last.Until);
            }
            else
            {
                stretches.Add((p.StartsOn, until));
            }
        }

        var months = 0;
        var days = 0;
        foreach (var (from, until) in stretches)
        {
            var (m, d) = Between(from, until);
            months += m;
            days += d;
        }

        return months + (days / DaysToAMonth);
    }

    public static int Years(IEnumerable<Posting> postings, DateOnly asOf) => Months(postings, asOf) / 12;

    /// <summary>Whole calendar months from <paramref name="from"/> to <paramref name="until"/>, and the days left over.</summary>
    public static (int Months, int Days) Between(DateOnly from, DateOnly until)
    {
        if (until <= from)
        {
            return (0, 0);
        }

        var months = ((until.Year - from.Year) * 12) + until.Month - from.Month;
        if (from.AddMonths(months) > until)
        {
            months--;
        }

        return (months, until.DayNumber - from.AddMonths(months).DayNumber);
    }
}
