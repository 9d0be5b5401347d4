using System.Text.Json.Serialization;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.Vocational.Features.RecordGraduation;

/// <summary>
/// A student's graduation with where they went; <see cref="FollowUpOn"/> when the outcome given is the one the
/// six-month follow-up found (recorded at once with the graduation).
/// </summary>
internal sealed record RecordGraduationCommand : ICommand<EnrolmentResponse>, IAudited, IDatedCommand
{
    public string? NationalId { get; init; }

    public DateOnly? GraduatedOn { get; init; }

    public string? Outcome { get; init; }

    public string? Employer { get; init; }

    public DateOnly? FollowUpOn { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"graduation:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)} outcome:{Outcome}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("graduatedOn", GraduatedOn), new("followUpOn", FollowUpOn)];
}
