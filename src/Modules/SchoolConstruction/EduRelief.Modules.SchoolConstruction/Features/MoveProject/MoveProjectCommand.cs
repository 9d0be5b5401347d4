using System.Text.Json.Serialization;
using EduRelief.Modules.SchoolConstruction.Features.GetProject;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.SchoolConstruction.Features.MoveProject;

internal sealed record MoveProjectCommand : ICommand<ProjectResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public string Code { get; init; } = string.Empty;

    public string? Status { get; init; }

    public DateOnly? On { get; init; }

    public int? ActualSeats { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"project:{Code} status {Status} on {On:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("on", On)];
}
