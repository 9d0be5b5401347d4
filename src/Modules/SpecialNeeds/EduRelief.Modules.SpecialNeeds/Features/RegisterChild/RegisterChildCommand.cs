using System.Text.Json.Serialization;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SpecialNeeds.Features.RegisterChild;

/// <summary>A child from the disabled persons' federation's list (残联名单), enrolled anywhere or not.</summary>
internal sealed record RegisterChildCommand : ICommand<ChildResponse>, IAudited
{
    public string? NationalId { get; init; }

    public string? Name { get; init; }

    public string? TownshipCode { get; init; }

    public string? VillageCode { get; init; }

    public string? DisabilityCategory { get; init; }

    public int? DisabilityGrade { get; init; }

    public string? Guardian { get; init; }

    public string? Source { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"disabled child:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)} township:{TownshipCode}";
}
