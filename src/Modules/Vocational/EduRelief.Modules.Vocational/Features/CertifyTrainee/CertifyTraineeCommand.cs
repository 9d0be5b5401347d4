using System.Text.Json.Serialization;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Vocational.Features.CertifyTrainee;

/// <summary>The certificate a trainee gained once the course is over.</summary>
internal sealed record CertifyTraineeCommand : ICommand<TraineeResponse>, IAudited
{
    [JsonIgnore]
    public string CourseCode { get; init; } = string.Empty;

    [JsonIgnore]
    public string NationalId { get; init; } = string.Empty;

    public string? Certificate { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"adult course:{CourseCode} trainee:{SharedKernel.Primitives.NationalId.Mask(NationalId.Trim())}";
}
