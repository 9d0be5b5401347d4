using System.Text.Json.Serialization;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.DropoutControl.Features.CloseCase;

/// <summary>A case's outcome: Returned (with the school), TransferredToVocational, Exempted or Deferred (with the approving authority), Other.</summary>
internal sealed record CloseCaseCommand : ICommand<CaseResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid CaseId { get; init; }

    public string? Outcome { get; init; }

    public DateOnly? On { get; init; }

    public string? SchoolCode { get; init; }

    public string? Approval { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"dropout case outcome: case:{CaseId} outcome:{Outcome} on:{On:yyyy-MM-dd} school:{SchoolCode}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("on", On)];
}
