using System.Text.Json.Serialization;
using EduRelief.Modules.SchoolConstruction.Features.GetProject;
using EduRelief.Modules.SchoolConstruction.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SchoolConstruction.Features.ReviseBudget;

/// <summary>The whole budget as revised, <c>{budget:[{source, amount}]}</c>; the revision before it is kept.</summary>
internal sealed record ReviseBudgetCommand : ICommand<ProjectResponse>, IAudited
{
    [JsonIgnore]
    public string Code { get; init; } = string.Empty;

    public IReadOnlyList<BudgetLineInput>? Budget { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"project:{Code} budget revised";
}
