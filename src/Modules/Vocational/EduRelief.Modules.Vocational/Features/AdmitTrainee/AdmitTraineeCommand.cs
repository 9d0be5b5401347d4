using System.Text.Json.Serialization;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Vocational.Features.AdmitTrainee;

/// <summary>An adult of a poor household on a course, with the certificate gained if the course is over.</summary>
internal sealed record AdmitTraineeCommand : ICommand<TraineeResponse>, IAudited
{
    [JsonIgnore]
    public string CourseCode { get; init; } = string.Empty;

    public string? NationalId { get; init; }

    public string? Name { get; init; }

    public string? Certificate { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"adult course:{CourseCode} trainee:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)}";
}
