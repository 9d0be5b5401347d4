using System.Text.Json.Serialization;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.DropoutControl.Features.OpenCase;

/// <summary>A dropout case for a compulsory-age student: found on a day by someone, Suspected or Confirmed, its reasons, all six owners.</summary>
internal sealed record OpenCaseCommand : ICommand<CaseResponse>, IAudited, IDatedCommand
{
    public string? NationalId { get; init; }

    public DateOnly? DetectedOn { get; init; }

    public string? DetectedBy { get; init; }

    public string? Stage { get; init; }

    public IReadOnlyList<string?>? Reasons { get; init; }

    public OwnersInput? Owners { get; init; }

    [JsonIgnore]
    public string AuditRecords =>
        $"dropout case of student:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)} stage:{Stage} detected:{DetectedOn:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("detectedOn", DetectedOn)];
}
