using System.Text.Json.Serialization;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.DropoutControl.Features.LogAttempt;

/// <summary>A persuasion attempt (劝返) on an open case: when, by whom, how, and what came of it.</summary>
internal sealed record LogAttemptCommand : ICommand<AttemptResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid CaseId { get; init; }

    public DateOnly? On { get; init; }

    public string? By { get; init; }

    public string? Method { get; init; }

    public string? Result { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"persuasion attempt: case:{CaseId} on:{On:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("on", On)];
}
