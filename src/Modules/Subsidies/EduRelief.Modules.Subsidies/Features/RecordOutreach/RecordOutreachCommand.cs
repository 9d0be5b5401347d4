using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.Subsidies.Features.RecordOutreach;

internal sealed record RecordOutreachCommand : ICommand<long>, IAudited, IDatedCommand
{
    public DateOnly? Date { get; init; }

    public string? TownshipCode { get; init; }

    public string? Kind { get; init; }

    public int? Participants { get; init; }

    public int? Materials { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"outreach {TownshipCode} {Date:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("date", Date)];
}
