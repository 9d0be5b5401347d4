using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// The consolidation rate of a year Y (义务教育巩固率, DOMAIN.md Figures): 1 − (compulsory students who dropped out in Y
/// and had not returned by the counting day) ÷ (compulsory students enrolled on 1 January of Y), read from the Registry's
/// status history. A student's status on a day is the last change effective by then, or before any change the status it
/// changed from; before enrolment the student is not on the roll. Children whose case ended Exempted or Deferred are in
/// neither count. The counting day is 31 December, or today while the year runs.
/// </summary>
internal static class Consolidation
{
    public static DateOnly CountingDay(int year, DateOnly today)
    {
        var end = new DateOnly(year, 12, 31);
        return today.Year == year && today < end ? today : end;
    }

    /// <summary>The status on <paramref name="day"/>, or null when the student was not yet enrolled.</summary>
    public static StudentStatus? StatusOn(StudentStatusHistoryDto student, DateOnly day)
    {
        if (day < student.EnrolledOn)
        {
            return null;
        }

        StudentStatus? status = null;
        foreach (var change in student.Changes)
        {
            if (change.EffectiveOn > day)
            {
                return status ?? change.From;
            }

            status = change.To;
        }

        return status ?? student.Status;
    }

    /// <summary>Compulsory-age and Enrolled on 1 January of the year: the denominator.</summary>
    public static bool EnrolledAtStart(StudentStatusHistoryDto student, int year)
    {
        var start = new DateOnly(year, 1, 1);
        return CompulsoryAge.Covers(student.BirthDate, start) && StatusOn(student, start) == StudentStatus.Enrolled;
    }

    /// <summary>Dropped out in the year while of compulsory age and still out on the counting day: the numerator.</summary>
    public static bool DroppedNotReturned(StudentStatusHistoryDto student, int year, DateOnly countingDay) =>
        student.Changes.Any(c => c.To == StudentStatus.DroppedOut && c.EffectiveOn.Year == year && c.EffectiveOn <= countingDay && CompulsoryAge.Covers(student.BirthDate, c.EffectiveOn))
        && StatusOn(student, countingDay) == StudentStatus.DroppedOut;

    /// <summary>1 − numerator ÷ denominator to four places; null when no one was enrolled at the start.</summary>
    public static decimal? Rate(int droppedNotReturned, int enrolledAtStart) =>
        enrolledAtStart == 0 ? null : Math.Round(1m - ((decimal)droppedNotReturned / enrolledAtStart), 4);
}
