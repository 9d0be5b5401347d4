using System.Text.Json.Serialization;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.Vocational.Features.Enrol;

/// <summary>A registered student enrolled in a specialty, in an order-based class from the start if one is named.</summary>
internal sealed record EnrolCommand : ICommand<EnrolmentResponse>, IAudited, IDatedCommand
{
    public string? NationalId { get; init; }

    public string? SpecialtyCode { get; init; }

    public DateOnly? EnrolledOn { get; init; }

    public string? OrderClassCode { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"enrolment:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)} specialty:{SpecialtyCode}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("enrolledOn", EnrolledOn)];
}
