using EduRelief.SharedKernel.Errors;

namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>A school's equipment as of one day; one record per (school, day), the last one by a year's end counts for that year.</summary>
internal sealed class EquipmentRecord : ISchoolRecord
{
    public long Id { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public DateOnly AsOf { get; init; }

    public int Classrooms { get; private set; }

    public int MultimediaClassrooms { get; private set; }

    public int Labs { get; private set; }

    public int LibraryVolumes { get; private set; }

    public int OnlineClassrooms { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public static EquipmentRecord Record((string Code, string TownshipCode) school, DateOnly asOf, EquipmentCounts counts, DateOnly today, string by)
    {
        if (asOf > today)
        {
            throw ValidationFailedException.For("asOf", ConstructionText.InTheFuture(asOf, today));
        }

        var record = new EquipmentRecord { SchoolCode = school.Code, TownshipCode = school.TownshipCode, AsOf = asOf };
        record.Correct(counts, by);
        return record;
    }

    /// <summary>The same day sent again replaces that day's counts (PUT).</summary>
    public void Correct(EquipmentCounts counts, string by)
    {
        if (counts.MultimediaClassrooms > counts.Classrooms)
        {
            throw ValidationFailedException.For("multimediaClassrooms", ConstructionText.MultimediaAboveClassrooms(counts.MultimediaClassrooms, counts.Classrooms));
        }

        (Classrooms, MultimediaClassrooms, Labs, LibraryVolumes, OnlineClassrooms) =
            (counts.Classrooms, counts.MultimediaClassrooms, counts.Labs, counts.LibraryVolumes, counts.OnlineClassrooms);
        RecordedBy = by;
    }
}
