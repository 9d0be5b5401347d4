using System.Text.Json.Serialization;
using EduRelief.Modules.SchoolConstruction.Features.GetProject;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SchoolConstruction.Features.PlanProject;

internal sealed record PlanProjectCommand : ICommand<ProjectResponse>, IAudited
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? SchoolCode { get; init; }

    public string? Type { get; init; }

    public IReadOnlyList<BudgetLineInput>? Budget { get; init; }

    public int? PlannedSeats { get; init; }

    public IReadOnlyList<Guid>? RemovesBuildingIds { get; init; }

    public DateOnly? PlannedStart { get; init; }

    public DateOnly? PlannedEnd { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"project:{Code} school:{SchoolCode}";
}
