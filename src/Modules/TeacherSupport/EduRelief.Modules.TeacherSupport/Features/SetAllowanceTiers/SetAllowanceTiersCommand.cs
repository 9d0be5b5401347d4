using System.Text.Json.Serialization;
using EduRelief.Modules.TeacherSupport.Features.ListAllowanceTiers;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.TeacherSupport.Features.SetAllowanceTiers;

internal sealed record SetAllowanceTiersCommand : ICommand<IReadOnlyList<AllowanceTierResponse>>, IAudited
{
    public DateOnly? EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public IReadOnlyList<AllowanceTierInput>? Tiers { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"allowance tiers from {EffectiveFrom:yyyy-MM-dd}: {Tiers?.Count ?? 0} tier(s)";
}
