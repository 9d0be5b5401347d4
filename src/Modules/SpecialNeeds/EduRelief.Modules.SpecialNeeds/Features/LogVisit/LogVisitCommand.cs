using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.SpecialNeeds.Features.LogVisit;

/// <summary>A home-delivered teaching visit (送教上门) on a home-delivered plan.</summary>
internal sealed record LogVisitCommand : ICommand<VisitResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public Guid PlanId { get; init; }

    public DateOnly? On { get; init; }

    public string? Teacher { get; init; }

    public decimal? Hours { get; init; }

    public string? Content { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"home visit: plan:{PlanId} on:{On:yyyy-MM-dd}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("on", On)];
}
