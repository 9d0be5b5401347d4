using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// The consolidation rate of a year Y (义务教育巩固率, DOMAIN.md Figures): 1 − (compulsory students who dropped out in Y
/// and had not returned by the counting day) ÷ (compulsory students enrolled on 1 January of Y), as criteria over the
/// Registry's status history, which the Registry counts (<see cref="StatusOnDay"/> says how a status on a day is read).
/// Children whose case ended Exempted or Deferred are in neither count. The counting day is 31 December, or today while
/// the year runs.
/// </summary>
internal static class Consolidation
{
    public static DateOnly CountingDay(int year, DateOnly today)
    {
        var end = new DateOnly(year, 12, 31);
        return today.Year == year && today < end ? today : end;
    }

    /// <summary>Compulsory-age and Enrolled on 1 January of the year: the denominator.</summary>
    public static StudentCriteria EnrolledAtStart(int year, IReadOnlyCollection<Guid> excluded)
    {
        var start = new DateOnly(year, 1, 1);
        return new StudentCriteria
        {
            StatusOn = new StatusOnDay { Status = StudentStatus.Enrolled, Day = start },
            BornBetween = CompulsoryAge.BornFor(start),
            Except = excluded,
        };
    }

    /// <summary>
    /// Dropped out in the year while of compulsory age and still out on the counting day: the numerator. Compulsory age
    /// is judged on the day of the change, so the year splits at 1 September into its two school years' parts.
    /// </summary>
    public static StudentCriteria DroppedNotReturned(int year, DateOnly countingDay, IReadOnlyCollection<Guid> excluded) => new()
    {
        StatusOn = new StatusOnDay { Status = StudentStatus.DroppedOut, Day = countingDay },
        ChangedInto = SchoolYearParts(year, countingDay)
            .Select(part => new StatusChangeWindow { To = StudentStatus.DroppedOut, During = part, BornBetween = CompulsoryAge.BornFor(part.From) })
            .ToList(),
        Except = excluded,
    };

    /// <summary>1 − numerator ÷ denominator to four places; null when no one was enrolled at the start.</summary>
    public static decimal? Rate(int droppedNotReturned, int enrolledAtStart) =>
        enrolledAtStart == 0 ? null : Math.Round(1m - ((decimal)droppedNotReturned / enrolledAtStart), 4);

    /// <summary>1 January to the counting day, cut at 1 September when the counting day reaches it.</summary>
    public static IReadOnlyList<DateRange> SchoolYearParts(int year, DateOnly countingDay)
    {
        var september = new DateOnly(year, 9, 1);
        var start = new DateOnly(year, 1, 1);
        return countingDay < september
            ? [new DateRange { From = start, To = countingDay }]
            : [new DateRange { From = start, To = september.AddDays(-1) }, new DateRange { From = september, To = countingDay }];
    }
}
