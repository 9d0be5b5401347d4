using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Auditing;
using MediatR;

namespace EduRelief.Modules.Subsidies.Features.AddRate;

internal sealed record AddRateCommand : IRequest<Unit>, IAudited
{
    [JsonIgnore]
    public string ProgrammeCode { get; init; } = string.Empty;

    public DateOnly? EffectiveFrom { get; init; }

    public IReadOnlyList<RateLineInput>? Lines { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"programme:{ProgrammeCode} rate from {EffectiveFrom:yyyy-MM-dd}";
}
