using System.Text.Json.Serialization;
using EduRelief.Modules.SpecialNeeds.Features.Shared;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.Modules.SpecialNeeds.Features.OpenHome;

/// <summary>A left-behind children home (留守儿童之家) at a school or in a village, with its counsellors.</summary>
internal sealed record OpenHomeCommand : ICommand<HomeResponse>, IAudited, IDatedCommand
{
    public string? Code { get; init; }

    public string? Name { get; init; }

    public string? SchoolCode { get; init; }

    public string? VillageCode { get; init; }

    public IReadOnlyList<string?>? Counsellors { get; init; }

    public DateOnly? OpenedOn { get; init; }

    [JsonIgnore]
    public string AuditRecords => $"children home:{Code} school:{SchoolCode} village:{VillageCode}";

    [JsonIgnore]
    public IEnumerable<DatedField> DatedFields => [new("openedOn", OpenedOn)];
}
