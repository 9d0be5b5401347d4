using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>
/// One school's row of the facilities ledger: the school as the Registry names it, and its facilities as the last
/// refresh counted them. A school the Registry has just added appears with no equipment recorded.
/// </summary>
internal sealed class FacilitiesLedgerEntry : ISchoolRecord
{
    public required string SchoolCode { get; init; }

    public required string SchoolName { get; set; }

    public required string TownshipCode { get; set; }

    public SchoolLocation Location { get; set; }

    public int Buildings { get; private set; }

    public int DGradeBuildings { get; private set; }

    public decimal DGradeArea { get; private set; }

    public int OverdueAppraisals { get; private set; }

    public int Seats { get; private set; }

    /// <summary>Null while no equipment has been recorded for the school.</summary>
    public DateOnly? EquipmentAsOf { get; private set; }

    public int Classrooms { get; private set; }

    public int MultimediaClassrooms { get; private set; }

    public int OnlineClassrooms { get; private set; }

    public DateTimeOffset RefreshedAt { get; private set; }

    /// <summary>A school new to the ledger: nothing counted yet, no equipment recorded.</summary>
    public static FacilitiesLedgerEntry For(string schoolCode, string name, string townshipCode, SchoolLocation location, DateTimeOffset now) =>
        new() { SchoolCode = schoolCode, SchoolName = name, TownshipCode = townshipCode, Location = location, RefreshedAt = now };

    public SchoolFacilities Facilities => new(
        Buildings, DGradeBuildings, DGradeArea, OverdueAppraisals, Seats, EquipmentAsOf, Classrooms, MultimediaClassrooms, OnlineClassrooms);

    /// <summary>Whether the school as the Registry names it differs from this row; updates it if so.</summary>
    public bool Follow(string name, string townshipCode, SchoolLocation location)
    {
        if (SchoolName == name && TownshipCode == townshipCode && Location == location)
        {
            return false;
        }

        (SchoolName, TownshipCode, Location) = (name, townshipCode, location);
        return true;
    }

    /// <summary>Whether the counts differ from this row; a refresh that finds nothing new writes nothing.</summary>
    public bool Refresh(SchoolFacilities facilities, DateTimeOffset now)
    {
        if (facilities == Facilities)
        {
            return false;
        }

        (Buildings, DGradeBuildings, DGradeArea, OverdueAppraisals, Seats) =
            (facilities.Buildings, facilities.DGradeBuildings, facilities.DGradeArea, facilities.OverdueAppraisals, facilities.Seats);
        (EquipmentAsOf, Classrooms, MultimediaClassrooms, OnlineClassrooms) =
            (facilities.EquipmentAsOf, facilities.Classrooms, facilities.MultimediaClassrooms, facilities.OnlineClassrooms);
        RefreshedAt = now;
        return true;
    }
}
