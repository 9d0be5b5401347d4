using System.Text.Json.Serialization;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SpecialNeeds.Features.AttachChildren;

/// <summary>Registered students flagged left-behind, attached to a home; all or none.</summary>
internal sealed record AttachChildrenCommand : ICommand<HomeResponse>, IAudited
{
    [JsonIgnore]
    public string HomeCode { get; init; } = string.Empty;

    public IReadOnlyList<string?>? NationalIds { get; init; }

    [JsonIgnore]
    public string AuditRecords =>
        $"children home:{HomeCode} children:{string.Join(",", (NationalIds ?? []).Select(n => SharedKernel.Primitives.NationalId.Mask(n?.Trim() ?? string.Empty)))}";
}
