using System.Text.Json.Serialization;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Vocational.Features.AddSpecialty;

/// <summary>A specialty (专业) a secondary vocational school of the Registry opened.</summary>
internal sealed record AddSpecialtyCommand : ICommand<SpecialtyResponse>, IAudited
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? SchoolCode { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"specialty:{Code} school:{SchoolCode}";
}
