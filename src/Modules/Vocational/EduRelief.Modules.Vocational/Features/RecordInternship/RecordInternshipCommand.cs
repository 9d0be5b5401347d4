using System.Text.Json.Serialization;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.Vocational.Features.RecordInternship;

/// <summary>An internship (顶岗实习) of an enrolled student at a training base.</summary>
internal sealed record RecordInternshipCommand : ICommand<InternshipResponse>, IAudited, IDatedCommand
{
    public string? NationalId { get; init; }

    public string? Base { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"internship:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)} base:{Base}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("startsOn", StartsOn)];
}
