using System.Text.Json.Serialization;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.DropoutControl.Features.MoveStage;

/// <summary>Moves a case forward: to Confirmed or Persuading, or to Closed once a returned student's observation period is over.</summary>
internal sealed record MoveStageCommand : ICommand<CaseResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid CaseId { get; init; }

    public string? Stage { get; init; }

    public DateOnly? On { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"dropout case stage: case:{CaseId} to:{Stage} on:{On:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("on", On)];
}
