using System.Text.Json.Serialization;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.DropoutControl.Features.CompleteMeasure;

/// <summary>A measure of the return plan done: on a day, by someone, with a note of what came of it.</summary>
internal sealed record CompleteMeasureCommand : ICommand<MeasureResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid CaseId { get; init; }

    [JsonIgnore]
    public Guid MeasureId { get; init; }

    public DateOnly? On { get; init; }

    public string? By { get; init; }

    public string? Note { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"return plan measure done: case:{CaseId} measure:{MeasureId} on:{On:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("on", On)];
}
