using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.TeacherSupport.Features.RecordExchange;

internal sealed record RecordExchangeCommand : ICommand<ExchangeResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid PairingId { get; init; }

    public string? NationalId { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"pairing:{PairingId} exchange of teacher:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)} from school:{From} to school:{To}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("startsOn", StartsOn)];
}
