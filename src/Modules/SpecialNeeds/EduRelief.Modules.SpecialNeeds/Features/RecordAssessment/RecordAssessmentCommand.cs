using System.Text.Json.Serialization;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.SpecialNeeds.Features.RecordAssessment;

/// <summary>The county expert committee's assessment of a child on the register, and the placement it recommends.</summary>
internal sealed record RecordAssessmentCommand : ICommand<AssessmentResponse>, IAudited, IDatedCommand
{
    public string? NationalId { get; init; }

    public DateOnly? AssessedOn { get; init; }

    public string? Category { get; init; }

    public int? Grade { get; init; }

    public string? Body { get; init; }

    public string? Recommendation { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"assessment of disabled child:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("assessedOn", AssessedOn)];
}
