using EduRelief.Modules.SchoolConstruction.Domain;

namespace EduRelief.Modules.SchoolConstruction.Features.ListProjects;

/// <summary>A project in a list: <c>budget</c> is its current revision's total, <c>spent</c> all spending recorded on it.</summary>
internal sealed record ProjectSummaryResponse(
    string Code, string Name, string SchoolCode, string TownshipCode, ProjectType Type, ProjectStatus Status, int PlannedSeats, int? ActualSeats, DateOnly? CompletedOn,
    decimal Budget, decimal Spent);
