namespace EduRelief.Modules.SpecialNeeds.Features.Shared;

/// <summary>The day a year's figures count placements and homes on: 31 December, or today while the year runs.</summary>
internal static class FigureDay
{
    public static DateOnly Of(int year, DateOnly today)
    {
        var end = new DateOnly(year, 12, 31);
        return today < end && today.Year == year ? today : end;
    }
}
