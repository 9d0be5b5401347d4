using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.ListPairingActivities;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.TeacherSupport.Features.RecordPairingActivity;

internal sealed record RecordPairingActivityCommand : ICommand<PairingActivityResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid PairingId { get; init; }

    public DateOnly? On { get; init; }

    public string? Kind { get; init; }

    public string? Title { get; init; }

    public int? Participants { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"pairing:{PairingId} activity {Kind} on {On:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("on", On)];
}
