namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>What the facilities ledger (设施台账) holds for a school, as one refresh counted it from the records.</summary>
internal sealed record SchoolFacilities(
    int Buildings,
    int DGradeBuildings,
    decimal DGradeArea,
    int OverdueAppraisals,
    int Seats,
    DateOnly? EquipmentAsOf,
    int Classrooms,
    int MultimediaClassrooms,
    int OnlineClassrooms)
{
    public static readonly SchoolFacilities None = new(0, 0, 0m, 0, 0, null, 0, 0, 0);
}
