using EduRelief.Modules.SchoolConstruction.Domain;

namespace EduRelief.Modules.SchoolConstruction.Features.ListBuildings;

/// <summary>A building with its latest appraisal: <c>closed</c> when it is on the D list, <c>overdue</c> when its next appraisal is past due.</summary>
internal sealed record BuildingResponse(
    Guid Id,
    string SchoolCode,
    string TownshipCode,
    string Name,
    BuildingUse Use,
    decimal FloorArea,
    int YearBuilt,
    string Structure,
    BuildingSafetyGrade? Grade,
    DateOnly? AppraisedOn,
    DateOnly? NextAppraisalDueOn,
    bool Closed,
    bool Overdue,
    DateOnly? DemolishedOn,
    string? DemolishedBy)
{
    public static BuildingResponse Of(Building b, DateOnly today) => new(
        b.Id, b.SchoolCode, b.TownshipCode, b.Name, b.Use, b.FloorArea, b.YearBuilt, b.Structure, b.Grade, b.AppraisedOn,
        b.NextAppraisalDueOn, b.IsClosed, b.IsOverdue(today), b.DemolishedOn, b.DemolishedBy);
}
