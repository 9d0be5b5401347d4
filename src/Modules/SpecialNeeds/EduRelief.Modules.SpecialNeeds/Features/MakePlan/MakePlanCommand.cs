using System.Text.Json.Serialization;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.SpecialNeeds.Features.MakePlan;

/// <summary>An individual placement plan (一人一案) for a child on the register; a change of placement names the plan it replaces.</summary>
internal sealed record MakePlanCommand : ICommand<PlanResponse>, IAudited, IDatedCommand
{
    public string? NationalId { get; init; }

    public string? Mode { get; init; }

    public string? SchoolCode { get; init; }

    public string? Teacher { get; init; }

    public string? Goals { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? ReviewOn { get; init; }

    public DateOnly? GuardianConsentOn { get; init; }

    public Guid? ReplacesPlanId { get; init; }

    [JsonIgnore]
    public string AuditRecords =>
        $"placement plan of disabled child:{SharedKernel.Primitives.NationalId.Mask(NationalId?.Trim() ?? string.Empty)} mode:{Mode} school:{SchoolCode} replaces:{ReplacesPlanId}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("startsOn", StartsOn)];
}
