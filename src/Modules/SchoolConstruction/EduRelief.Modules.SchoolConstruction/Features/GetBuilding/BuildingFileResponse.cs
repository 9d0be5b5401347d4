using EduRelief.Modules.SchoolConstruction.Features.ListBuildings;

namespace EduRelief.Modules.SchoolConstruction.Features.GetBuilding;

/// <summary>A building and every appraisal of it, newest first.</summary>
internal sealed record BuildingFileResponse(BuildingResponse Building, IReadOnlyList<AppraisalResponse> Appraisals);
