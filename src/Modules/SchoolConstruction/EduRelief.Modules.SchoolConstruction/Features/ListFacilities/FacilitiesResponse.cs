using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.SchoolConstruction.Features.ListFacilities;

/// <summary>One school's row of the facilities ledger; <c>equipmentAsOf</c> null means no equipment recorded.</summary>
internal sealed record FacilitiesResponse(
    string SchoolCode, string SchoolName, string TownshipCode, SchoolLocation Location, int Buildings, int DGradeBuildings, decimal DGradeArea,
    int OverdueAppraisals, int Seats, DateOnly? EquipmentAsOf, int Classrooms, int MultimediaClassrooms, int OnlineClassrooms, DateTimeOffset RefreshedAt);
