using EduRelief.Modules.SchoolConstruction.Domain;

namespace EduRelief.Modules.SchoolConstruction.Features.ListProjects;

internal sealed record ProjectSummaryResponse(
    string Code, string Name, string SchoolCode, string TownshipCode, ProjectType Type, ProjectStatus Status, int PlannedSeats, int? ActualSeats, DateOnly? CompletedOn);
