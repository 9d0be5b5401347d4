using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.AddRate;

internal sealed record AddRateCommand : ICommand<Unit>, IAudited
{
    [JsonIgnore]
    public string ProgrammeCode { get; init; } = string.Empty;

    public DateOnly? EffectiveFrom { get; init; }

    public IReadOnlyList<RateLineInput>? Lines { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"programme:{ProgrammeCode} rate from {EffectiveFrom:yyyy-MM-dd}";
}
