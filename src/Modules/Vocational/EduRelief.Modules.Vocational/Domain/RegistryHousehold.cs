using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Vocational.Domain;

/// <summary>
/// Whether the Registry holds the student's household as registered poor now, and since when, read from its periods of
/// the category: held since the open period's start, or not since the day after the last one ended (the dates the
/// category events carry). A student with no period never was; that counts from enrolment.
/// </summary>
internal sealed record RegistryHousehold(bool Poor, DateOnly EffectiveOn, string Source)
{
    public static RegistryHousehold Of(IEnumerable<CategoryPeriodDto> periods)
    {
        var list = periods.ToList();
        if (list.FirstOrDefault(p => p.EndedOn is null) is { } open)
        {
            return new(true, open.StartedOn, open.StartSource);
        }

        return list.MaxBy(p => p.EndedOn) is { EndedOn: { } ended } last
            ? new(false, ended.AddDays(1), last.EndSource ?? last.StartSource)
            : new(false, DateOnly.MinValue, string.Empty);
    }
}
