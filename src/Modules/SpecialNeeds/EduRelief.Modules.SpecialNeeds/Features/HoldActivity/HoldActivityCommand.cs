using System.Text.Json.Serialization;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.SpecialNeeds.Features.HoldActivity;

/// <summary>An activity of a home with the attached children who took part.</summary>
internal sealed record HoldActivityCommand : ICommand<ActivityResponse>, IAudited, IDatedCommand
{
    [JsonIgnore]
    public string HomeCode { get; init; } = string.Empty;

    public DateOnly? On { get; init; }

    public string? Kind { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<string?>? Participants { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"children home:{HomeCode} activity:{Kind} on:{On:yyyy-MM-dd} participants:{Participants?.Count ?? 0}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("on", On)];
}
