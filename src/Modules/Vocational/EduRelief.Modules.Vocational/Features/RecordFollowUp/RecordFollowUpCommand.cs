using System.Text.Json.Serialization;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.Vocational.Features.RecordFollowUp;

/// <summary>The follow-up of a graduate six months on (毕业生跟踪回访): its outcome becomes the one the employment rate counts.</summary>
internal sealed record RecordFollowUpCommand : ICommand<EnrolmentResponse>, IAudited, IDatedCommand
{
    public string? NationalId { get; init; }

    public DateOnly? FollowUpOn { get; init; }

    public string? Outcome { get; init; }

    public string? Employer { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"follow-up:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)} outcome:{Outcome}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("followUpOn", FollowUpOn)];
}
