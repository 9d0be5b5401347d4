using System.Text.Json.Serialization;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.DropoutControl.Features.PlanMeasure;

/// <summary>A measure of the case's return plan (一人一策): its kind, what is to be done, who answers for it, when planned and by when.</summary>
internal sealed record PlanMeasureCommand : ICommand<MeasureResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid CaseId { get; init; }

    public string? Kind { get; init; }

    public string? AidReview { get; init; }

    public string? Description { get; init; }

    public string? Responsible { get; init; }

    /// <summary>Today when left out.</summary>
    public DateOnly? PlannedOn { get; init; }

    public DateOnly? DueOn { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"return plan measure: case:{CaseId} kind:{Kind} due:{DueOn:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("plannedOn", PlannedOn)];
}
