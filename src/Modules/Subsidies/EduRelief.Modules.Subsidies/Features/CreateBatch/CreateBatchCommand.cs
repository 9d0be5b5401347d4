using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.Subsidies.Features.CreateBatch;

internal sealed record CreateBatchCommand : ICommand<Guid>, IAudited, IDatedCommand
{
    public string? ProgrammeCode { get; init; }

    public string? Term { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"batch {ProgrammeCode} {Term}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [DatedField.InYear("term", Term)];
}
