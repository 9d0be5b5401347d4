using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.ListPairingActivities;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.TeacherSupport.Features.RecordPairingActivity;

internal sealed record RecordPairingActivityCommand : ICommand<PairingActivityResponse>, IAudited
{
    [JsonIgnore]
    public Guid PairingId { get; init; }

    public DateOnly? On { get; init; }

    public string? Kind { get; init; }

    public string? Title { get; init; }

    public int? Participants { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"pairing:{PairingId} activity {Kind} on {On:yyyy-MM-dd}";
}
